pragma Singleton
import QtQuick

// The brand's colours, type scale and touch sizes, in one place. Sizes are in pixels at
// 1080p; the kiosk targets 1920x1080 touch screens.
QtObject {
    // Colours (text on background pairs are at least 4.5:1, WCAG 2.2 AA)
    readonly property color background: "#F6F4EF"
    readonly property color surface: "#FFFFFF"
    readonly property color primary: "#0B5D5B"       // deep teal (Macao harbour)
    readonly property color primaryDark: "#073F3E"
    readonly property color accent: "#C8102E"        // Portuguese red
    readonly property color gold: "#B8860B"
    readonly property color text: "#1B1F23"
    readonly property color textMuted: "#4A525A"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color divider: "#D9D4C7"
    readonly property color error: "#B00020"

    // Type scale (px): readable from a metre away
    readonly property int fontHuge: 88
    readonly property int fontTitle: 48
    readonly property int fontHeading: 36
    readonly property int fontBody: 26
    readonly property int fontSmall: 22

    // Touch and spacing
    readonly property int touchMin: 64      // >= 48 px at 1080p
    readonly property int spacing: 24
    readonly property int radius: 16
    readonly property int animationMs: 180

    property string fontFamily: "Noto Sans CJK SC"
}
