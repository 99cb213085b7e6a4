import "../common"

BuiltinLayout { name: "zh_TW/symbols" }
