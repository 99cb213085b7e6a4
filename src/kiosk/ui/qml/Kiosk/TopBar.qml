import QtQuick
import KioskStyle
import KioskBackend

// The bar above every visitor screen: the brand (its corner is staff mode's hidden hotspot),
// Back and Home, and the language switch.
Rectangle {
    id: bar

    required property AppBridge app

    color: Theme.surface
    height: Theme.topBarHeight

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.bottom }
        height: 10
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#14000000" }
            GradientStop { position: 1.0; color: "#00000000" }
        }
    }

    BrandMark {
        id: brand
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        name: bar.app.brandName
        logo: bar.app.brandLogo
        logoAspect: bar.app.brandLogoAspect
        pixelSize: 30
    }

    Row {
        anchors { left: brand.right; leftMargin: 48; verticalCenter: parent.verticalCenter }
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
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        app: bar.app
    }
}
