import QtQuick
import KioskStyle

// Text in the visitor's font and the kiosk's type scale. Plain text only: content from a pack
// is never interpreted as markup.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.text
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    lineHeight: 1.15
}
