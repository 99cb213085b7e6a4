import QtQuick
import KioskStyle
import KioskBackend

// The bar above every visitor screen: the brand (its corner is staff mode's hidden hotspot),
// Back and Home, and the language switch. On a narrow (portrait) canvas the language switch
// takes a second row of its own, so nothing is squeezed or cut.
Rectangle {
    id: bar

    required property AppBridge app
    required property EventPage eventPage

    readonly property real rowHeight: Math.max(Theme.topBarHeight, Theme.touchMin + 40)
    color: Theme.surface
    height: Theme.narrow ? 2 * rowHeight - 24 : rowHeight

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.bottom }
        height: 10
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.barShadow }
            GradientStop { position: 1.0; color: Theme.barShadowClear }
        }
    }

    Item {
        id: firstRow
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: bar.rowHeight - (Theme.narrow ? 24 : 0)
    }

    BrandMark {
        id: brand
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: firstRow.verticalCenter }
        name: bar.eventPage.brandName
        logo: bar.eventPage.brandLogo
        logoAspect: bar.eventPage.brandLogoAspect
        pixelSize: 30
    }

    Row {
        anchors { verticalCenter: firstRow.verticalCenter }
        anchors.left: Theme.narrow ? undefined : brand.right
        anchors.leftMargin: 48
        anchors.right: Theme.narrow ? parent.right : undefined
        anchors.rightMargin: Theme.margin
        spacing: 16

        KioskButton {
            objectName: "backButton"
            visible: bar.app.canGoBack
            variant: "secondary"
            iconName: "arrow_back"
            text: qsTr("Back")
            onClicked: bar.app.back()
        }
        KioskButton {
            objectName: "homeButton"
            visible: bar.app.screen !== "home"
            variant: "secondary"
            iconName: "home"
            text: qsTr("Home")
            onClicked: bar.app.home()
        }
    }

    LanguageBar {
        anchors.right: Theme.narrow ? undefined : parent.right
        anchors.rightMargin: Theme.margin
        anchors.horizontalCenter: Theme.narrow ? parent.horizontalCenter : undefined
        anchors.verticalCenter: Theme.narrow ? undefined : firstRow.verticalCenter
        anchors.bottom: Theme.narrow ? parent.bottom : undefined
        anchors.bottomMargin: 16
        app: bar.app
    }
}
