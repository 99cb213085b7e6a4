pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import KioskStyle

// The brand: the pack's logo when it has one (a logo carries its own word mark), otherwise
// the brand name set in type beside the tricolour bar (teal, red, gold) of the pavilions.
// The logo is drawn for the size it is shown at, in device pixels (sourceSize follows the
// item): an SVG mark stays sharp from the top bar to the attract loop, a bitmap is only ever
// scaled down.
Row {
    id: mark

    property string name: ""
    property string logo: ""
    property real logoAspect: 0  // the logo's width / height (EventPage.brandLogoAspect)
    property int pixelSize: Theme.fontHeading
    property real logoHeight: Math.round(pixelSize * 2.6)
    property real maxLogoWidth: 420
    property color color: Theme.primary

    // Device pixels per design unit here: the canvas's scale (Main.qml fits the design to the
    // screen) times the screen's pixel ratio. Read again when the parent or window changes.
    property int relayouts: 0
    readonly property real devicePixels: {
        void [relayouts, parent]
        const a = mapToItem(null, 0, 0)
        const b = mapToItem(null, 1000, 0)
        return Math.max(0.1, (b.x - a.x) / 1000) * Screen.devicePixelRatio
    }
    Component.onCompleted: relayouts++
    // After the canvas has taken the window's new size (its scale is bound to it).
    Window.onWidthChanged: Qt.callLater(() => relayouts++)
    Window.onHeightChanged: Qt.callLater(() => relayouts++)

    spacing: Math.round(pixelSize * 0.45)
    Accessible.role: Accessible.StaticText
    Accessible.name: name

    // The tricolour bar, three dots written out: a Repeater here was refused ("Cannot assign
    // object of type QQuickRepeater to list property data") once another QML engine had run in
    // the process (the start-up curtain, earlier test windows).
    Column {
        visible: mark.logo === ""
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.max(2, Math.round(mark.pixelSize / 12))
        BrandDot { color: Theme.primary }
        BrandDot { color: Theme.accent }
        BrandDot { color: Theme.gold }
    }
    component BrandDot: Rectangle {
        width: Math.round(mark.pixelSize * 0.22)
        height: Math.round(mark.pixelSize * 0.36)
        radius: width / 2
    }
    Image {
        id: logoImage
        objectName: "brandLogo"
        visible: mark.logo !== ""
        anchors.verticalCenter: parent.verticalCenter
        source: mark.logo
        // Laid out from the stored shape, so drawing it never changes its size.
        readonly property real aspect: mark.logoAspect > 0 ? mark.logoAspect : 3.75
        height: Math.min(mark.logoHeight, mark.maxLogoWidth / aspect)
        width: visible ? Math.round(height * aspect) : 0
        fillMode: Image.PreserveAspectFit
        smooth: true
        asynchronous: true
        sourceSize: Qt.size(Math.ceil(width * mark.devicePixels),
                            Math.ceil(height * mark.devicePixels))
    }
    KText {
        visible: mark.logo === ""
        anchors.verticalCenter: parent.verticalCenter
        text: mark.name
        color: mark.color
        font.pixelSize: mark.pixelSize
        font.weight: Font.Bold
        wrapMode: Text.NoWrap
    }
}
