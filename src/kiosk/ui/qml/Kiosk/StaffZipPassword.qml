import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The export as one AES-256 encrypted ZIP: a tick box and the password typed twice. The
// password lives only in these fields and the export that uses it; they empty once it starts.
Column {
    id: zip

    required property StaffExport exports

    objectName: "zipPassword"
    spacing: 12

    function send() { zip.exports.setZipPassword(first.text, again.text) }

    Connections {
        target: zip.exports
        function onChanged() {
            if (zip.exports.state === "running" || !zip.exports.zip) {
                first.clear()
                again.clear()
            }
        }
    }

    StaffCheck {
        objectName: "zipCheck"
        width: parent.width
        text: qsTr("Encrypted ZIP with a password")
        checked: zip.exports.zip
        onClicked: zip.exports.setZip(!checked)
    }
    StaffTextField {
        id: first
        objectName: "zipPasswordField"
        visible: zip.exports.zip
        width: parent.width
        echoMode: TextInput.Password
        placeholderText: qsTr("Password")
        keepWith: again  // the second field stays in sight above the keyboard
        Accessible.name: qsTr("Password")
        onTextChanged: zip.send()
    }
    StaffTextField {
        id: again
        objectName: "zipPasswordAgainField"
        visible: zip.exports.zip
        width: parent.width
        echoMode: TextInput.Password
        placeholderText: qsTr("Password again")
        keepWith: problem
        Accessible.name: qsTr("Password again")
        onTextChanged: zip.send()
    }
    KText {
        id: problem
        objectName: "zipProblem"
        visible: zip.exports.zip
        width: parent.width
        text: Messages.text(zip.exports.zipMessage)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
