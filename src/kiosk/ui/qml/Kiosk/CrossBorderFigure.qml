import QtQuick
import KioskStyle
import KioskBackend

// PIPL: how many people's data this kiosk has sent abroad this calendar year, and what that
// means (under 100,000 a year: Art. 39's notice and separate consent, no security assessment).
Rectangle {
    id: figure

    required property StaffOverview figures

    objectName: "crossBorderFigure"
    visible: figures.loaded && figures.transfersDeclared
    implicitHeight: visible ? column.height + 48 : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 28 }
        spacing: 4
        KText {
            objectName: "crossBorderFigureValue"
            text: figure.figures.transfersAbroad.toLocaleString(Qt.locale(), "f", 0)
            color: Theme.primary
            font.pixelSize: Theme.fontHuge * 0.7
            font.weight: Font.Bold
            wrapMode: Text.NoWrap
        }
        KText {
            width: parent.width
            text: qsTr("People whose data was sent abroad in %1 (to the recipients named in the consent notice)").arg(figure.figures.transfersYear)
            color: Theme.textMuted
        }
        KText {
            width: parent.width
            text: figure.figures.transfersAbroad < 100000
                  ? qsTr("Under 100,000 people this year: no security assessment or standard contract is needed, but every visitor must still see the notice and agree separately (PIPL Art. 39).")
                  : qsTr("100,000 people or more this year: a transfer abroad now needs a security assessment or a standard contract (PIPL Art. 38).")
            color: figure.figures.transfersAbroad < 100000 ? Theme.textMuted : Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }
}
