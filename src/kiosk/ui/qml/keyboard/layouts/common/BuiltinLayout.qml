import QtQuick
import QtQuick.VirtualKeyboard.Components

// One of Qt Virtual Keyboard's own layouts (compiled into its plugin), used as it is: the
// kiosk's layout folder replaces Qt's, so the layouts it keeps are loaded from there.
KeyboardLayoutLoader {
    property string name: ""  // "<locale>/<layout>", e.g. "zh_TW/main"
    // The input mode the layout starts in (-1: the input method's first).
    property int inputMode: -1

    source: "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/" + name + ".qml"
}
