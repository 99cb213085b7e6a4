import QtQuick
import QtQuick.Controls
import KioskStyle

// One exhibitor the visitor chose: its name (and booth or pavilion) with a button to remove it.
Rectangle {
    id: chosen

    required property var modelData
    property real maximumWidth: 600

    signal removeRequested(string id)

    objectName: "leadExhibitor_" + modelData.id
    width: Math.min(maximumWidth, chosenTexts.implicitWidth + removeButton.width + 2 * Theme.spacing)
    height: Math.max(Theme.touchMin + 16, chosenTexts.implicitHeight + 2 * Theme.gapSmall)
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.width: 2
    border.color: Theme.primary

    Column {
        id: chosenTexts
        anchors {
            left: parent.left
            leftMargin: Theme.spacing
            right: removeButton.left
            rightMargin: Theme.gapSmall
            verticalCenter: parent.verticalCenter
        }
        KText {
            width: Math.min(implicitWidth, parent.width)
            text: chosen.modelData.name
            color: Theme.primary
            font.pixelSize: Theme.fontSmall + 4
            font.weight: Font.DemiBold
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        KText {
            visible: text !== ""
            text: chosen.modelData.detail
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.NoWrap
        }
    }
    AbstractButton {
        id: removeButton
        objectName: "removeExhibitor_" + chosen.modelData.id
        anchors { right: parent.right; rightMargin: 6; verticalCenter: parent.verticalCenter }
        width: Theme.touchMin
        height: Theme.touchMin
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Remove %1").arg(chosen.modelData.name)
        onClicked: chosen.removeRequested(chosen.modelData.id)
        background: Rectangle {
            radius: width / 2
            color: removeButton.down ? Theme.divider : "transparent"
        }
        contentItem: Item {
            Icon { anchors.centerIn: parent; name: "close"; size: Theme.iconMedium - 4; color: Theme.primary }
        }
    }
}
