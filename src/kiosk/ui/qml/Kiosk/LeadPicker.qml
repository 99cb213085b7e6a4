pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// A searchable list over the lead form (countries, exhibitors). It lives inside the screen,
// not in a window-level popup, so the docked keyboard never covers its search box or list.
// ``model`` is a ChoiceListModel; ``multiple`` keeps it open for several picks.
Rectangle {
    id: picker

    property string title: ""
    property string searchHint: ""
    property ChoiceListModel model: null
    property bool multiple: false
    readonly property bool opened: visible
    // With the keyboard up the card is short: tighter margins leave more rows for the list.
    readonly property int inset: card.height < 600 ? 16 : 32

    signal picked(string choiceId)

    function open() {
        picker.model.filter("")
        search.text = ""
        list.positionViewAtBeginning()
        picker.visible = true
    }
    function close() {
        Qt.inputMethod.hide()
        picker.visible = false
        picker.forceActiveFocus()
    }

    visible: false
    color: Theme.backdrop
    z: 10

    // A tap beside the card closes the picker; taps on the card stay there.
    MouseArea {
        anchors.fill: parent
        onClicked: picker.close()
    }

    Rectangle {
        id: card
        anchors {
            horizontalCenter: parent.horizontalCenter
            top: parent.top
            bottom: parent.bottom
            margins: 24
        }
        width: Math.min(parent.width - 2 * Theme.margin, 1240)
        radius: Theme.radiusLarge
        color: Theme.surface

        MouseArea { anchors.fill: parent }

        Item {
            id: header
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: picker.inset }
            height: Math.max(closeButton.height, titleText.implicitHeight)

            KText {
                id: titleText
                objectName: "pickerTitle"
                anchors { left: parent.left; right: closeButton.left; rightMargin: 24; verticalCenter: parent.verticalCenter }
                text: picker.title
                color: Theme.primary
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                maximumLineCount: 1
                elide: Text.ElideRight
            }
            KioskButton {
                id: closeButton
                objectName: "pickerDone"
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                variant: picker.multiple ? "primary" : "secondary"
                iconName: picker.multiple ? "check" : "close"
                text: picker.multiple ? qsTr("Done") : qsTr("Close")
                onClicked: picker.close()
            }
        }

        TextField {
            id: search
            objectName: "pickerSearch"
            anchors { left: parent.left; right: parent.right; top: header.bottom; margins: picker.inset }
            height: 80
            leftPadding: 76
            rightPadding: 24
            font.family: Theme.fontFamily
            font.pixelSize: 30
            color: Theme.text
            placeholderText: picker.searchHint
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextEdited: picker.model.filter(text)
            background: Rectangle {
                radius: height / 2
                color: Theme.surfaceAlt
                border.width: search.activeFocus ? 3 : 2
                border.color: search.activeFocus ? Theme.primary : Theme.fieldBorder
            }
            Icon {
                anchors { left: parent.left; leftMargin: 24; verticalCenter: parent.verticalCenter }
                name: "search"
                size: 36
                color: Theme.textMuted
            }
        }

        ListView {
            id: list
            objectName: "pickerList"
            anchors {
                left: parent.left
                right: parent.right
                top: search.bottom
                bottom: parent.bottom
                margins: picker.inset
                bottomMargin: 16
            }
            clip: true
            model: picker.model
            spacing: 4
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator { active: true }

            delegate: AbstractButton {
                id: option

                required property string choiceId
                required property string label
                required property string detail
                required property bool selected

                objectName: "pickerOption_" + choiceId
                width: ListView.view.width - 16
                implicitHeight: Math.max(Theme.touchMin + 16, texts.implicitHeight + 24)
                focusPolicy: Qt.NoFocus
                text: label
                Accessible.role: Accessible.ListItem
                Accessible.name: label
                onClicked: {
                    picker.picked(option.choiceId)
                    if (!picker.multiple)
                        picker.close()
                }

                background: Rectangle {
                    radius: Theme.radius
                    color: option.down ? Theme.divider : option.selected ? Theme.surfaceAlt : "transparent"
                }
                contentItem: Item {
                    Column {
                        id: texts
                        anchors { left: parent.left; leftMargin: 24; right: tick.left; rightMargin: 16; verticalCenter: parent.verticalCenter }
                        KText {
                            width: parent.width
                            text: option.label
                            font.pixelSize: Theme.fontBody + 2
                            font.weight: option.selected ? Font.DemiBold : Font.Normal
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        KText {
                            width: parent.width
                            visible: option.detail !== ""
                            text: option.detail
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            maximumLineCount: 1
                            elide: Text.ElideRight
                        }
                    }
                    Icon {
                        id: tick
                        anchors { right: parent.right; rightMargin: 24; verticalCenter: parent.verticalCenter }
                        name: "check"
                        size: 40
                        color: Theme.primary
                        opacity: option.selected ? 1 : 0
                    }
                }
            }

            KText {
                anchors.centerIn: parent
                visible: list.count === 0
                objectName: "pickerNoMatch"
                text: qsTr("Nothing matches your search.")
                color: Theme.textMuted
            }
        }
    }
}
