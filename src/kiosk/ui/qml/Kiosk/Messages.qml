pragma Singleton
import QtQuick

// Every user-facing message in the current language: Python sends {code, english, params}
// (kiosk.domain.messages.to_data); the words are the catalogue's (kiosk.domain.message_texts),
// translated here so that a language switch re-translates them in place. A parameter that is
// itself a message is translated first. Placeholders follow Python's str.format as the
// catalogue uses it: {name}, {name:,} (a number grouped the way of the window's language,
// which the window makes Qt's default locale) and {{ / }} for a brace.
QtObject {
    function text(message) {
        if (!message || !message.code)
            return ""
        const values = {}
        const params = message.params || {}
        for (const key in params) {
            const value = params[key]
            values[key] = value !== null && typeof value === "object" && value.code !== undefined ? text(value) : value
        }
        return fill(qsTranslate(message.code, message.english || ""), values)
    }

    function fill(template, values) {
        return template.replace(/\{\{|\}\}|\{(\w+)(:,)?\}/g, (match, name, grouped) => {
            if (match === "{{")
                return "{"
            if (match === "}}")
                return "}"
            if (!(name in values))
                return match  // a translation naming a wrong placeholder (tests/unit/test_messages.py)
            const value = values[name]
            if (grouped && typeof value === "number") {
                const decimals = Math.min((String(value).split(".")[1] || "").length, 3)
                return value.toLocaleString(Qt.locale(), "f", decimals)
            }
            return String(value)
        })
    }
}
