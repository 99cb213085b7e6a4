import "../common"

// Qt's own symbols layout.
BuiltinLayout { name: "fallback/symbols" }
