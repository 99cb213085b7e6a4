pragma ComponentBehavior: Bound
import QtQuick
import KioskStyle
import KioskBackend

// The attract loop. It plays AppBridge.attractSlides: the pack's attract pictures full screen
// (they are often designed slides with their own text) alternating with featured exhibitors
// on the brand's background, and keeps "Touch to start" in all four languages at the bottom.
// Any touch starts a visit; touching one of the prompts starts it in that language.
Item {
    id: screen

    required property AppBridge app
    required property EventPage eventPage

    objectName: "attractScreen"

    // Marks the prompt for lupdate; AppBridge.startPrompts reads it in every language at once.
    readonly property string startPromptSource: QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")

    readonly property var slides: eventPage.attractSlides
    property int slideIndex: 0
    // The slide on screen follows slideIndex through a fade to the brand's background and back:
    // two slides (pictures often carry their own text) never show through each other, and a
    // featured card never shows empty on its way out.
    property int shownIndex: 0
    readonly property bool slideChanging: slideChange.running
    readonly property var slide: slides.length > 0 ? slides[shownIndex % slides.length]
                                                   : ({ kind: "brand", index: -1 })
    readonly property bool showingImage: slide.kind === "image"
    readonly property var highlight: slide.kind === "highlight" && slide.index < eventPage.highlights.length
                                     ? eventPage.highlights[slide.index] : null
    // A portrait totem (a narrow canvas): the brand on top, the featured card below it, and the
    // prompts in two rows; landscape: the brand on the left, the card on the right.
    readonly property bool stacked: Theme.narrow
    readonly property int sideMargin: stacked ? 80 : 120

    MouseArea {
        objectName: "attractTouchArea"
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch to start")
        onClicked: screen.app.start()
    }

    onSlideIndexChanged: slideChange.restart()
    SequentialAnimation {
        id: slideChange
        NumberAnimation { target: stage; property: "opacity"; to: 0; duration: Theme.fadeMs; easing.type: Easing.InQuad }
        ScriptAction { script: screen.shownIndex = screen.slideIndex }
        NumberAnimation { target: stage; property: "opacity"; to: 1; duration: Theme.fadeMs; easing.type: Easing.OutQuad }
    }

    Timer {
        objectName: "attractTimer"
        interval: screen.showingImage ? 7000 : 6000
        repeat: true
        running: screen.slides.length > 1 && screen.visible
        onTriggered: screen.slideIndex = (screen.slideIndex + 1) % screen.slides.length
    }

    // -- the brand's background, under every slide --------------------------------------------

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.primaryDeep }
            GradientStop { position: 1.0; color: Theme.primaryDark }
        }
    }

    Item {
        id: stage
        objectName: "attractStage"
        anchors.fill: parent

        // -- the brand with a featured exhibitor ---------------------------------------------------

        Item {
            id: brandSlide
            objectName: "attractSlide_brand"
            anchors.fill: parent
            visible: !screen.showingImage

            // Calm decoration: slowly drifting rings in the brand's colours.
            Repeater {
                model: 3
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
                        running: brandSlide.visible
                        NumberAnimation { to: screen.width * [0.58, 0.74, 0.56][ring.index]; duration: 14000 + ring.index * 3000; easing.type: Easing.InOutSine }
                        NumberAnimation { to: screen.width * [0.62, 0.78, 0.52][ring.index]; duration: 14000 + ring.index * 3000; easing.type: Easing.InOutSine }
                    }
                }
            }

            Column {
                id: brandColumn
                anchors { left: parent.left; leftMargin: screen.sideMargin; top: parent.top; topMargin: 112 }
                width: screen.stacked ? parent.width - 2 * screen.sideMargin : 880
                spacing: 24

                Rectangle { width: 120; height: 8; radius: 4; color: Theme.gold }
                // The pack's mark, large (a vector logo is drawn for this size); its tagline
                // below is text in the visitor's language, never part of the picture.
                BrandMark {
                    objectName: "attractLogo"
                    visible: screen.eventPage.brandLogo !== ""
                    name: screen.eventPage.brandName
                    logo: screen.eventPage.brandLogo
                    logoAspect: screen.eventPage.brandLogoAspect
                    pixelSize: 85  // a logo 220 high, up to 1190 wide
                }
                KText {
                    objectName: "attractBrand"
                    visible: screen.eventPage.brandLogo === ""
                    width: parent.width
                    text: screen.eventPage.brandName
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontHuge + 8
                    font.weight: Font.Bold
                    lineHeight: 0.95
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                KText {
                    objectName: "attractTagline"
                    width: parent.width
                    visible: text !== ""
                    text: screen.eventPage.tagline
                    color: Theme.goldLight
                    font.pixelSize: Theme.fontHeading + 4
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Item { width: 1; height: 8 }
                KText {
                    width: parent.width
                    visible: text !== ""
                    text: screen.eventPage.eventName
                    color: Theme.textOnPrimary
                    font.pixelSize: Theme.fontHeading - 4
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                KText {
                    width: parent.width
                    visible: text !== ""
                    text: [screen.eventPage.eventDates, screen.eventPage.venue].filter(s => s !== "").join("  ·  ")
                    color: Theme.textOnPrimaryMuted
                    font.pixelSize: Theme.fontBody
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }

            FeaturedCard {
                objectName: "attractHighlight"
                x: screen.stacked ? screen.sideMargin : parent.width - width - screen.sideMargin
                y: screen.stacked ? brandColumn.y + brandColumn.height + 56
                                  : Math.round((parent.height - height) / 2) - 60
                width: screen.stacked ? parent.width - 2 * screen.sideMargin : 720
                highlight: screen.highlight
                visible: screen.highlight !== null
            }
        }

        // -- the pack's pictures, full screen ----------------------------------------------------------

        Repeater {
            model: screen.eventPage.attractImages
            Image {
                required property int index
                required property string modelData
                readonly property bool current: screen.showingImage && screen.slide.index === index
                objectName: "attractSlide_image" + index
                anchors.fill: parent
                source: modelData
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 1920
                visible: current
                scale: current ? 1.03 : 1.0  // a slow drift, small enough to keep a slide's text
                Behavior on scale { NumberAnimation { duration: 7000; easing.type: Easing.Linear } }
            }
        }
    }

    // -- touch to start, in every language ---------------------------------------------------------

    // Above the accessibility button, which floats bottom-left over the loop (Main.qml): a
    // prompt is a target of its own, and a finger must never find the two overlapping.
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: prompts.height + Theme.floatingClearance + 110
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.captionFadeClear }
            GradientStop { position: 0.5; color: Theme.captionFade }
            GradientStop { position: 1.0; color: Theme.primaryDeep }
        }

        Grid {
            id: prompts
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.floatingClearance }
            // One row after the pulsing hand in landscape; on a totem two rows of two prompts.
            columns: screen.stacked ? 2 : 1 + screen.app.startPrompts.length
            columnSpacing: 20
            rowSpacing: 4
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter

            Item {
                visible: !screen.stacked
                width: 76
                height: 76
                Rectangle {
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

                    Rectangle {
                        visible: prompt.index > 0 && !screen.stacked
                        width: 8
                        height: 8
                        radius: 4
                        color: Theme.gold
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Item {
                        width: promptText.implicitWidth + 24
                        height: Theme.touchLarge
                        Accessible.role: Accessible.Button
                        Accessible.name: prompt.modelData.text
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
