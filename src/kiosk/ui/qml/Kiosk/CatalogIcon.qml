import QtQuick
import QtQuick.Shapes

// Line icons drawn as paths on a 24x24 grid, so no icon font is needed and nothing renders as
// a tofu box in any language.
Item {
    id: icon
    property string name: "back"
    property color color: "black"
    property real size: 32
    property real strokeWidth: 2.5

    readonly property var paths: ({
        "back": "M 15 4 L 7 12 L 15 20",
        "next": "M 9 4 L 17 12 L 9 20",
        "search": "M 10 3 A 7 7 0 1 1 9.99 3 M 15 15 L 21 21",
        "close": "M 5 5 L 19 19 M 19 5 L 5 19",
        "plus": "M 12 4 L 12 20 M 4 12 L 20 12",
        "minus": "M 4 12 L 20 12",
        "fit": "M 4 9 L 4 4 L 9 4 M 15 4 L 20 4 L 20 9 M 20 15 L 20 20 L 15 20 M 9 20 L 4 20 L 4 15",
        "pin": "M 12 21 C 12 21 5 14 5 9.5 A 7 7 0 0 1 19 9.5 C 19 14 12 21 12 21 Z M 12 7 A 2.5 2.5 0 1 1 11.99 7",
        "map": "M 3 6 L 9 3 L 15 6 L 21 3 L 21 18 L 15 21 L 9 18 L 3 21 Z M 9 3 L 9 18 M 15 6 L 15 21",
        "heart": "M 12 20 C 5 15 3 12 3 8.5 A 4.5 4.5 0 0 1 12 6.5 A 4.5 4.5 0 0 1 21 8.5 C 21 12 19 15 12 20 Z",
        "phone": "M 5 3 L 9 3 L 11 8 L 8.5 9.5 A 11 11 0 0 0 14.5 15.5 L 16 13 L 21 15 L 21 19 A 2 2 0 0 1 19 21 A 16 16 0 0 1 3 5 A 2 2 0 0 1 5 3 Z",
        "mail": "M 3 5 L 21 5 L 21 19 L 3 19 Z M 3 5 L 12 13 L 21 5",
        "web": "M 12 3 A 9 9 0 1 1 11.99 3 M 3 12 L 21 12 M 12 3 C 8 7 8 17 12 21 M 12 3 C 16 7 16 17 12 21",
        "chat": "M 4 5 L 20 5 L 20 16 L 10 16 L 6 20 L 6 16 L 4 16 Z",
        "person": "M 12 4 A 4 4 0 1 1 11.99 4 M 4 21 C 4 15 20 15 20 21",
        "filter": "M 3 5 L 21 5 L 14 13 L 14 20 L 10 18 L 10 13 Z"
    })

    implicitWidth: size
    implicitHeight: size

    Shape {
        anchors.centerIn: parent
        width: 24
        height: 24
        scale: icon.size / 24
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: icon.color
            strokeWidth: icon.strokeWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] || "" }
        }
    }
}
