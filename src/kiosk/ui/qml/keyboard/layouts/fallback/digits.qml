import "../common"

// Qt's own digits layout.
BuiltinLayout { name: "fallback/digits" }
