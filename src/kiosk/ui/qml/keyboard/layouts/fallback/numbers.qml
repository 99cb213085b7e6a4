import "../common"

// Qt's own numbers layout.
BuiltinLayout { name: "fallback/numbers" }
