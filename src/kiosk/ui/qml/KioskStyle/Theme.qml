pragma Singleton
import QtQuick

// The brand's colours, type scale and touch sizes, in one place. Sizes are in pixels of the
// design canvas (1920x1080 and up, 1080 wide in portrait); Main.qml scales it to the screen.
QtObject {
    // Accessibility mode (AccessBridge.accessible, bound in Main.qml): every colour below
    // switches to its high-contrast value (text at least 7:1, WCAG 1.4.6 AAA), type grows by
    // textScale and touch targets by touchScale. Screens only ever read these properties, so
    // every screen follows without a change of its own.
    property bool accessible: false
    readonly property real textScale: accessible ? 1.5 : 1.0
    readonly property real touchScale: accessible ? 1.5 : 1.0

    // Colours. Every pair a visitor reads is listed in contrastPairs and checked by a test
    // (WCAG 2.2 AA: at least 4.5:1; in accessibility mode AAA: at least 7:1).
    readonly property color background: accessible ? "#FFFFFF" : "#F6F4EF"    // warm paper
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: accessible ? "#FFFFFF" : "#EEF4F3"    // pale teal wash for chips and panels
    readonly property color primary: accessible ? "#003634" : "#0B5D5B"       // deep teal (Macao harbour)
    readonly property color primaryDark: accessible ? "#002322" : "#073F3E"
    readonly property color primaryDeep: accessible ? "#001514" : "#042A29"
    readonly property color accent: accessible ? "#7A0012" : "#C8102E"        // Portuguese red
    readonly property color accentDark: accessible ? "#5C000D" : "#9E0C24"
    readonly property color gold: accessible ? "#000000" : "#B8860B"          // decoration only (lines, rings)
    readonly property color goldLight: accessible ? "#FFE38F" : "#E9C46A"     // gold text on the dark teal
    readonly property color goldText: accessible ? "#4A3500" : "#7A5907"      // gold text on white or paper
    readonly property color text: accessible ? "#000000" : "#1B1F23"
    readonly property color textMuted: accessible ? "#1A1A1A" : "#4A525A"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color textOnPrimaryMuted: accessible ? "#FFFFFF" : "#CFE3E1"
    readonly property color divider: accessible ? "#000000" : "#D9D4C7"
    readonly property color error: accessible ? "#7A0012" : "#B00020"
    readonly property color errorWash: accessible ? "#FFFFFF" : "#FDECEE"     // behind an error
    readonly property color fieldBorder: accessible ? "#000000" : "#6B737B"   // input outlines (WCAG 1.4.11: >= 3:1)
    readonly property color scrim: accessible ? "#F2001514" : "#E6042A29"     // idle overlay over the screen
    readonly property color shadow: "#1F0B1F1E"
    readonly property color shadowInk: "#0B1F1E"                              // stacked soft shadows (Shadow.qml)
    readonly property color barShadow: "#14000000"                            // the top bar's shade on the screen
    readonly property color barShadowClear: "#00000000"
    readonly property color backdrop: tint(primaryDeep, 0.7)                  // behind a picker sheet
    readonly property color captionFade: tint(primaryDeep, 0.85)              // under text on a photo
    readonly property color captionFadeClear: tint(primaryDeep, 0)
    readonly property color surfaceClear: tint(surface, 0)                    // "more below" fade
    readonly property color pressOnDark: Qt.rgba(1, 1, 1, 0.16)               // a pressed button on teal
    readonly property color outlineOnDark: Qt.rgba(1, 1, 1, 0.35)
    readonly property color problemWash: "#FBE9EC"                            // a staff row with a problem
    readonly property color pendingWash: "#FFF1C2"                            // a meeting awaiting its exhibitor
    readonly property color confirmedWash: "#D8F0E6"                          // a confirmed meeting
    // ``colour`` at opacity ``alpha``: washes and fades derived from a role keep following it
    // (accessibility mode included).
    function tint(colour, alpha) { return Qt.rgba(colour.r, colour.g, colour.b, alpha) }

    // The lowest ratio a text pair must reach in the theme on show.
    readonly property real minimumContrast: accessible ? 7.0 : 4.5

    readonly property var contrastPairs: [
        ["text on background", text, background],
        ["text on surface", text, surface],
        ["muted text on background", textMuted, background],
        ["muted text on surface", textMuted, surface],
        ["muted text on pale teal", textMuted, surfaceAlt],
        ["teal text on surface", primary, surface],
        ["teal text on pale teal", primary, surfaceAlt],
        ["red text on surface", accent, surface],
        ["gold text on surface", goldText, surface],
        ["gold text on background", goldText, background],
        ["white on teal", textOnPrimary, primary],
        ["white on dark teal", textOnPrimary, primaryDark],
        ["white on deep teal", textOnPrimary, primaryDeep],
        ["white on red", textOnPrimary, accent],
        ["white on dark red", textOnPrimary, accentDark],
        ["muted white on dark teal", textOnPrimaryMuted, primaryDark],
        ["muted white on deep teal", textOnPrimaryMuted, primaryDeep],
        ["gold on dark teal", goldLight, primaryDark],
        ["gold on deep teal", goldLight, primaryDeep],
        ["error on surface", error, surface],
        ["error on pale teal", error, surfaceAlt],
        ["error on pale red", error, errorWash],
        ["field outline on surface", fieldBorder, surface],
        ["key text on key", keyText, keyFace],
        ["key text on pressed key", keyText, keyFacePressed],
        ["function key text", keyFunctionText, keyFunction],
        ["enter key text", keyFunctionText, keyEnter],
        ["candidate text on bar", candidateText, candidateBar]
    ]

    // Type scale (px): readable from a metre away
    // Reading sizes grow by textScale in accessibility mode; the display sizes (88 px and up,
    // already legible across a hall) stay, so headlines still fit their tiles.
    readonly property int fontDisplay: 112
    readonly property int fontHuge: 88
    readonly property int fontTitle: Math.round(48 * Math.min(textScale, 1.25))
    readonly property int fontHeading: Math.round(36 * textScale)
    readonly property int fontButton: Math.round(30 * textScale)
    readonly property int fontBody: Math.round(26 * textScale)
    readonly property int fontSmall: Math.round(22 * textScale)

    // Canvas, touch and spacing
    readonly property int designWidth: 1920
    readonly property int designHeight: 1080
    // The shape of the design canvas (Main.qml sets it): landscape screens get a canvas at
    // least 1920x1080, portrait totems one 1080 wide and as tall as the screen's proportions
    // make it. Screens lay themselves out for a narrow canvas (one column, stacked panels)
    // rather than shrinking the landscape design.
    property real canvasWidth: designWidth
    property real canvasHeight: designHeight
    property real canvasScale: 1.0      // screen pixels per design pixel
    readonly property int portraitWidth: 1080
    readonly property bool portrait: canvasHeight > canvasWidth
    readonly property bool narrow: canvasWidth < 1500

    // Low-reach mode (KIOSK_REACH, staff Settings): everything a visitor touches sits in the
    // lower `reach` of the screen; 1.0 is off.
    property real reach: 1.0

    // Touch targets of at least 9 mm on the glass: Main.qml sets the screen's pixels per
    // millimetre (KIOSK_SCREEN_INCHES or what the OS reports; 0 unknown), minTouch turns it
    // into design pixels, and touchMin never goes below it.
    readonly property real minTouchMm: 9.0
    property real screenPixelsPerMm: 0
    readonly property int minTouch: screenPixelsPerMm > 0
                                    ? Math.ceil(minTouchMm * screenPixelsPerMm / canvasScale) : 0
    readonly property int touchMin: Math.max(Math.round(64 * touchScale), minTouch)  // >= 48 px at 1080p
    readonly property int touchLarge: Math.max(Math.round(96 * touchScale), minTouch)
    readonly property int topBarHeight: 120
    readonly property int margin: 56
    readonly property int spacing: 24
    readonly property int radius: 16
    readonly property int radiusLarge: 32
    // Gaps inside a card, from a label to its field (gapSmall) to one block and the next.
    readonly property int gapSmall: 10
    readonly property int gapMedium: 14
    readonly property int gapLarge: 28
    readonly property int cardPadding: 32
    // Icons beside text: inline with small text, in a heading, a control's own glyph.
    readonly property int iconSmall: 30
    readonly property int iconMedium: 40
    readonly property int iconLarge: 44
    // Form fields (lead form): the box a finger taps and the text typed into it.
    readonly property int fieldHeight: Math.max(80, touchMin + 16)
    readonly property int fieldFont: Math.round(30 * textScale)
    readonly property int fieldPadding: 24
    readonly property int textAreaHeight: 200
    // The form keeps this much room between the focused field (with its error) and the top
    // of the on-screen keyboard or the screen's top edge.
    readonly property int revealMargin: 24
    // Room kept free at the bottom of a scrolled form for the accessibility button, which
    // floats bottom-left above the keyboard on every screen.
    readonly property int floatingClearance: touchLarge + 2 * spacing
    // On-screen keyboard (the KioskKeyboard style): white letter keys on the deep teal,
    // function keys in teal, Enter in the accent red; the candidate bar on the pale wash.
    readonly property color keyboardBackground: primaryDeep
    readonly property color keyFace: surface
    readonly property color keyFacePressed: goldLight
    readonly property color keyText: text
    readonly property color keyFunction: primary
    readonly property color keyFunctionText: textOnPrimary
    readonly property color keyEnter: accent
    readonly property color candidateBar: surfaceAlt
    readonly property color candidateText: primary
    readonly property int keyRadius: 12
    // Motion. Every shell animation is derived from motionScale, which the host may lower
    // (benchmarks and tests run with short animations; 0 < motionScale <= 1).
    property real motionScale: 1.0
    readonly property int animationMs: Math.round(180 * motionScale)   // small state changes
    // What a visitor waits for is short: a screen slides in (opaque, over the one it covers)
    // in 200 ms, and the attract loop lifts away as fast when a visit starts. Most of the
    // slide's way is made in its first half (OutCubic), so it reads as an answer, not a wait.
    readonly property int transitionMs: Math.round(200 * motionScale)  // screen to screen
    readonly property int fadeMs: Math.round(450 * motionScale)        // attract slides, loop back in
    readonly property int overlayMs: Math.round(260 * motionScale)     // idle overlay in/out

    // Follows the visitor's language (Main.qml binds it to AppBridge.fontFamily): Noto Sans
    // CJK TC for Traditional Chinese, SC otherwise, so glyph shapes fit the script.
    property string fontFamily: "Noto Sans CJK SC"
}
