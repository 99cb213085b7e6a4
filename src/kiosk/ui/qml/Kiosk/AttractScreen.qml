pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// The attract loop: the brand over the pack's attract images (slow cross-fade and drift), a
// featured exhibitor card that changes every few seconds, and "Touch to start" in all four
// languages. Any touch starts a visit; touching one of the prompts starts it in that language.
Item {
    id: screen

    required property AppBridge app

    objectName: "attractScreen"

    // Marks the prompt for lupdate; AppBridge.startPrompts reads it in every language at once.
    readonly property string startPromptSource: QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")

    property int imageIndex: 0
    property int highlightIndex: 0
    readonly property var images: app.attractImages
    readonly property var highlights: app.highlights
    readonly property var highlight: highlights.length > 0
                                     ? highlights[highlightIndex % highlights.length] : null

    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        onClicked: screen.app.start()
    }

    // -- background: deep teal, the attract images, a legibility gradient ------------------

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.primaryDeep }
            GradientStop { position: 1.0; color: Theme.primaryDark }
        }
    }

    // Calm decoration when the pack has no attract images: slowly drifting brand-coloured rings.
    Repeater {
        model: screen.images.length === 0 ? 3 : 0
        Rectangle {
            id: ring
            required property int index
            readonly property var ringColors: [Theme.gold, Theme.accent, Theme.primary]
            width: [760, 520, 980][index]
            height: width
            radius: width / 2
            color: "transparent"
            border.width: [3, 2, 60][index]
            border.color: ringColors[index]
            opacity: [0.55, 0.5, 0.35][index]
            x: screen.width * [0.62, 0.78, 0.52][index]
            y: screen.height * [-0.18, 0.42, 0.30][index]
            SequentialAnimation on x {
                loops: Animation.Infinite
                NumberAnimation { to: screen.width * [0.58, 0.74, 0.56][ring.index]; duration: 14000 + ring.index * 3000; easing.type: Easing.InOutSine }
                NumberAnimation { to: screen.width * [0.62, 0.78, 0.52][ring.index]; duration: 14000 + ring.index * 3000; easing.type: Easing.InOutSine }
            }
        }
    }

    Repeater {
        model: screen.images
        Image {
            required property int index
            required property string modelData
            anchors.fill: parent
            source: modelData
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            sourceSize.width: 1920
            opacity: index === screen.imageIndex % screen.images.length ? 1 : 0
            scale: opacity > 0 ? 1.08 : 1.0
            Behavior on opacity { NumberAnimation { duration: 1600; easing.type: Easing.InOutQuad } }
            Behavior on scale { NumberAnimation { duration: 9000; easing.type: Easing.Linear } }
        }
    }

    Rectangle {
        visible: screen.images.length > 0
        anchors.fill: parent
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#F0042A29" }
            GradientStop { position: 0.55; color: "#B3042A29" }
            GradientStop { position: 1.0; color: "#33042A29" }
        }
    }

    Timer {
        interval: 8000
        repeat: true
        running: screen.images.length > 1 && screen.visible
        onTriggered: screen.imageIndex = (screen.imageIndex + 1) % screen.images.length
    }
    Timer {
        interval: 6000
        repeat: true
        running: screen.highlights.length > 1 && screen.visible
        onTriggered: {
            highlightCard.opacity = 0
            highlightSwap.start()
        }
    }
    Timer {
        id: highlightSwap
        interval: 400
        onTriggered: {
            screen.highlightIndex = (screen.highlightIndex + 1) % Math.max(1, screen.highlights.length)
            highlightCard.opacity = 1
        }
    }

    // -- the brand ---------------------------------------------------------------------------

    Column {
        id: brandBlock
        anchors { left: parent.left; leftMargin: 120; top: parent.top; topMargin: 150 }
        width: 1000
        spacing: 28

        Rectangle { width: 120; height: 8; radius: 4; color: Theme.gold }

        KText {
            objectName: "attractBrand"
            width: parent.width
            text: screen.app.brandName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.Bold
            lineHeight: 1.0
        }
        KText {
            objectName: "attractTagline"
            width: parent.width
            visible: text !== ""
            text: screen.app.tagline
            color: Theme.goldLight
            font.pixelSize: Theme.fontTitle
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Item { width: 1; height: 12 }
        KText {
            width: parent.width
            visible: text !== ""
            text: screen.app.eventName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontHeading
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        KText {
            width: parent.width
            visible: text !== ""
            text: [screen.app.eventDates, screen.app.venue].filter(s => s !== "").join("  ·  ")
            color: Theme.textOnPrimaryMuted
            font.pixelSize: Theme.fontBody
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    // -- featured exhibitor --------------------------------------------------------------------

    Item {
        id: highlightCard
        objectName: "attractHighlight"
        visible: screen.highlight !== null
        width: 600
        height: highlightColumn.implicitHeight + 88
        anchors { right: parent.right; rightMargin: 120; top: parent.top; topMargin: 190 }
        Behavior on opacity { NumberAnimation { duration: 380; easing.type: Easing.InOutQuad } }

        Shadow { anchors.fill: card; strength: 2.0 }
        Rectangle {
            id: card
            anchors.fill: parent
            radius: Theme.radiusLarge
            color: Theme.surface

            Column {
                id: highlightColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 44 }
                spacing: 18

                KText {
                    text: qsTr("Featured exhibitor")
                    color: Theme.accent
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 1.5
                }
                Row {
                    spacing: 24
                    width: parent.width
                    Rectangle {
                        width: 112
                        height: 112
                        radius: 20
                        color: Theme.surfaceAlt
                        Image {
                            anchors { fill: parent; margins: 10 }
                            visible: source !== ""
                            source: screen.highlight ? screen.highlight.logo : ""
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                            sourceSize.width: 200
                        }
                        KText {
                            anchors.centerIn: parent
                            visible: !screen.highlight || screen.highlight.logo === ""
                            text: screen.highlight ? screen.highlight.name.substring(0, 1) : ""
                            color: Theme.primary
                            font.pixelSize: 56
                            font.weight: Font.Bold
                        }
                    }
                    Column {
                        width: parent.width - 112 - 24
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 6
                        KText {
                            objectName: "attractHighlightName"
                            width: parent.width
                            text: screen.highlight ? screen.highlight.name : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontHeading
                            font.weight: Font.Bold
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        KText {
                            width: parent.width
                            text: screen.highlight ? screen.highlight.country : ""
                            color: Theme.primary
                            font.pixelSize: Theme.fontBody
                        }
                    }
                }
                KText {
                    width: parent.width
                    text: screen.highlight ? screen.highlight.summary : ""
                    color: Theme.textMuted
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }
    }

    // -- touch to start, in every language --------------------------------------------------------

    Rectangle {
        id: promptBand
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 200
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00042A29" }
            GradientStop { position: 0.45; color: "#CC042A29" }
            GradientStop { position: 1.0; color: Theme.primaryDeep }
        }

        Row {
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 56 }
            spacing: 20

            Item {
                width: 76
                height: 76
                anchors.verticalCenter: parent.verticalCenter
                Rectangle {
                    id: pulse
                    anchors.centerIn: parent
                    width: 76
                    height: 76
                    radius: 38
                    color: "transparent"
                    border.width: 3
                    border.color: Theme.goldLight
                    SequentialAnimation on scale {
                        loops: Animation.Infinite
                        running: screen.visible
                        NumberAnimation { from: 0.8; to: 1.15; duration: 1400; easing.type: Easing.OutQuad }
                        NumberAnimation { from: 1.15; to: 0.8; duration: 1400; easing.type: Easing.InQuad }
                    }
                }
                Icon {
                    anchors.centerIn: parent
                    name: "touch_app"
                    size: 44
                    color: Theme.goldLight
                }
            }

            Repeater {
                model: screen.app.startPrompts

                Row {
                    id: prompt
                    required property var modelData
                    required property int index
                    spacing: 20
                    anchors.verticalCenter: parent.verticalCenter

                    Rectangle {
                        visible: prompt.index > 0
                        width: 8
                        height: 8
                        radius: 4
                        color: Theme.gold
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Item {
                        width: promptText.implicitWidth + 24
                        height: Theme.touchLarge
                        anchors.verticalCenter: parent.verticalCenter

                        Text {
                            id: promptText
                            objectName: "startPrompt_" + prompt.modelData.tag
                            anchors.centerIn: parent
                            text: prompt.modelData.text
                            font.family: prompt.modelData.family
                            font.pixelSize: 38
                            font.weight: Font.DemiBold
                            color: Theme.textOnPrimary
                            textFormat: Text.PlainText
                        }
                        TapHandler {
                            gesturePolicy: TapHandler.ReleaseWithinBounds
                            onTapped: screen.app.start(prompt.modelData.tag)
                        }
                    }
                }
            }
        }
    }
}
