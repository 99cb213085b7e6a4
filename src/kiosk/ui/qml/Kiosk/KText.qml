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

    // Only for a card in a dense grid that must cut this text (elide, maximumLineCount): the
    // screen a tap on the card opens, where the visitor reads the text whole ("exhibitor").
    // The screen audit (kiosk.ui.layout_audit) reports every cut text, except one that names
    // a screen here and sits on a control a tap reaches. Everywhere else: wrap, never cut.
    property string wholeTextOn: ""
}
