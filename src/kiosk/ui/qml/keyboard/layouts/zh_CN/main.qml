import "../common"

// Simplified Chinese: Qt's Pinyin.
BuiltinLayout {
    name: "zh_CN/main"
    sharedLayouts: ["symbols"]
}
