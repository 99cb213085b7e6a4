pragma Singleton
import QtQuick
import KioskBackend

// Every user-facing message in the current language: Python sends {code, params}
// (kiosk.domain.messages.to_data); the words are the catalogue's (kiosk.domain.message_texts),
// translated here so that a language switch re-translates them in place. A parameter that is
// itself a message ({code, params}) is translated first.
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
        return MessageTexts.fill(qsTranslate(message.code, MessageTexts.english(message.code)), values)
    }
}
