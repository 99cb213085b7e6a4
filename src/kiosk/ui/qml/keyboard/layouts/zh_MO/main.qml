import "../common"

// Pinyin for the Traditional Chinese visitor: Qt's Pinyin keys and engine; the kiosk shows
// and commits its candidates in Traditional characters (kiosk.ui.keyboard_script, OpenCC).
BuiltinLayout {
    name: "zh_CN/main"
    sharedLayouts: ["symbols"]
}
