import QtQuick
import KioskStyle

// Text in the kiosk's type: the language's CJK family (it carries Latin too), readable size,
// dark on light. Long content wraps; callers set maximumLineCount and elide where space is fixed.
Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    wrapMode: Text.Wrap
    elide: Text.ElideRight
    textFormat: Text.PlainText
    lineHeight: 1.1
}
