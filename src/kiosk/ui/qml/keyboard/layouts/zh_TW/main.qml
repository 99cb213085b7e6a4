import QtQuick.VirtualKeyboard
import "../common"

// Traditional Chinese: Qt's Cangjie first (what Macao types), Zhuyin by the mode key.
BuiltinLayout {
    name: "zh_TW/main"
    sharedLayouts: ["symbols"]
    inputMode: InputEngine.InputMode.Cangjie
}
