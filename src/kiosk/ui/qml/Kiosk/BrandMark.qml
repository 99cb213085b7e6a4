pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle

// The brand: the pack's logo when it has one (a logo carries its own word mark), otherwise
// the brand name set in type beside the tricolour bar (teal, red, gold) of the pavilions.
// The logo is drawn for the size it is shown at, in device pixels (sourceSize follows the
// item): an SVG mark stays sharp from the top bar to the attract loop, a bitmap is only ever
// scaled down. The logo is 2.6 times the type size high and at most 14 times as wide.
//
// Few properties on the root on purpose: with more, once another QML engine had run in the
// process (the start-up curtain, earlier test windows), the engine refused this Row's children
// ("Cannot assign object of type QQuickRepeater to list property data; expected QObject").
Row {
    id: mark

    property string name: ""
    property string logo: ""
    property real logoAspect: 0  // the logo's width / height (EventPage.brandLogoAspect)
    property int pixelSize: Theme.fontHeading
    property color color: Theme.primary

    spacing: Math.round(pixelSize * 0.45)
    Accessible.role: Accessible.StaticText
    Accessible.name: name

    Column {
        visible: mark.logo === ""
        anchors.verticalCenter: parent.verticalCenter
        spacing: Math.max(2, Math.round(mark.pixelSize / 12))
        Repeater {
            model: [Theme.primary, Theme.accent, Theme.gold]
            Rectangle {
                required property color modelData
                width: Math.round(mark.pixelSize * 0.22)
                height: Math.round(mark.pixelSize * 0.36)
                radius: width / 2
                color: modelData
            }
        }
    }
    Image {
        id: logoImage
        objectName: "brandLogo"
        visible: mark.logo !== ""
        anchors.verticalCenter: parent.verticalCenter
        source: mark.logo
        // Laid out from the stored shape, so drawing it never changes its size.
        readonly property real aspect: mark.logoAspect > 0 ? mark.logoAspect : 3.75
        height: Math.min(Math.round(mark.pixelSize * 2.6), mark.pixelSize * 14 / aspect)
        width: visible ? Math.round(height * aspect) : 0
        // Device pixels per design unit here: the canvas's scale (Main.qml fits the design to
        // the screen) times the screen's pixel ratio; read again when the canvas scale changes.
        property int relayouts: 0
        readonly property real devicePixels: {
            void [relayouts, parent, Theme.canvasScale]
            const a = mapToItem(null, 0, 0)
            const b = mapToItem(null, 1000, 0)
            return Math.max(0.1, (b.x - a.x) / 1000) * Screen.devicePixelRatio
        }
        Component.onCompleted: relayouts++
        fillMode: Image.PreserveAspectFit
        smooth: true
        asynchronous: true
        sourceSize: Qt.size(Math.ceil(width * devicePixels), Math.ceil(height * devicePixels))
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
