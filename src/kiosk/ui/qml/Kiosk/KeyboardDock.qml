import QtQuick
import KioskStyle
import KioskBackend

// The on-screen keyboard's place at the bottom of the canvas. The keyboard itself
// (KeyboardPanel.qml, Qt Virtual Keyboard) is loaded in the background once the first frame is
// on screen: it is the heaviest part of the scene and a visitor needs it only at a text field.
Item {
    id: dock

    required property AppBridge app
    // Height the keyboard currently takes from the bottom of the canvas (0 when hidden).
    readonly property real occupied: loader.item ? Math.max(0, height - loader.item.keyboardTop) : 0

    function load() {
        loader.active = true
    }

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: dock.occupied
        color: Theme.primaryDeep
        // The band hides the screen under it, so a tap on it (beside the keys on a wide screen)
        // must not reach a control there: a press-catcher, not a control.
        MouseArea { objectName: "keyboardBand"; anchors.fill: parent }
    }

    Loader {
        id: loader
        objectName: "keyboardLoader"
        active: false
        asynchronous: true
        // Half-built, the keys are already in the scene at the size the dock had when the load
        // began (Qt resizes them only when it is done): after a resize, a totem turned, they
        // stood in the middle of the screen and took its taps. Shown only once whole.
        visible: status === Loader.Ready
        width: Math.min(dock.width, 1480)
        height: dock.height
        anchors.horizontalCenter: parent.horizontalCenter
        source: "KeyboardPanel.qml"
        onLoaded: {
            item.app = dock.app
            // A text field tapped while the keys were loading asked for them before they
            // existed, and Qt drops such a request: ask again (unless an overlay is up).
            const focused = Window.activeFocusItem
            if (dock.enabled && focused && focused.cursorPosition !== undefined)
                Qt.inputMethod.show()
        }
    }
}
