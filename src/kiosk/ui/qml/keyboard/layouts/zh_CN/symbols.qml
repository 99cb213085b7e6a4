import "../common"

BuiltinLayout { name: "zh_CN/symbols" }
