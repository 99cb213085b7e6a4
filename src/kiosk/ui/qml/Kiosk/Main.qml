pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// The kiosk shell: a design canvas (see canvas.factor) scaled to fit the screen, holding the visit's screen
// stack under a persistent top bar (brand, Back, Home, languages), the attract loop above it,
// the idle overlay above that, and the on-screen keyboard docked at the bottom.
ApplicationWindow {
    id: root

    required property AppBridge app
    required property var bridges

    objectName: "kioskWindow"
    width: Theme.designWidth
    height: Theme.designHeight
    visible: true
    color: Theme.primaryDeep
    title: root.bridges.eventPage.brandName

    // Kiosk mode: Alt+F4 and the window manager's close button do nothing unless staff allow it.
    onClosing: close => close.accepted = root.app.closeAllowed

    Binding { target: Theme; property: "fontFamily"; value: root.app.fontFamily }
    // Accessibility mode: every screen reads the Theme, so every screen follows.
    Binding { target: Theme; property: "accessible"; value: root.bridges.access.accessible }

    // The keyboard loads in the background once the first frame is on screen.
    Connections {
        target: root
        enabled: !root.keyboardRequested
        function onFrameSwapped() {
            root.keyboardRequested = true
            keyboard.load()
        }
    }
    property bool keyboardRequested: false

    // An overlay that takes the whole screen ("Still there?", the staff PIN pad) closes the
    // keyboard first: nothing hides its buttons and no key can be tapped through it. The
    // keyboard comes back afterwards if a text field still has the focus.
    readonly property bool modalShown: root.app.idle.countingDown
                                       || root.bridges.staff.stage === "pin"
    onModalShownChanged: {
        if (root.modalShown)
            Qt.inputMethod.hide()
        else if (root.activeFocusItem && root.activeFocusItem.cursorPosition !== undefined)
            Qt.inputMethod.show()
    }

    Connections {
        target: root.app
        function onResetRequested() {
            // Nothing typed survives a reset: drop focus and any half-composed Chinese input.
            Qt.inputMethod.reset()
            Qt.inputMethod.hide()
            root.contentItem.forceActiveFocus()
        }
    }

    // The canvas' shape and the screen's size in millimetres reach every layout through the Theme.
    readonly property QtObject screenFit: root.bridges.screenFit ?? null
    Binding { target: Theme; property: "canvasWidth"; value: canvas.width }
    Binding { target: Theme; property: "canvasHeight"; value: canvas.height }
    Binding { target: Theme; property: "canvasScale"; value: canvas.factor }
    // KIOSK_SCREEN_INCHES when set (many panels report no size or a made-up one), else the OS.
    Binding {
        target: Theme
        property: "screenPixelsPerMm"
        value: root.screenFit && root.screenFit.pixelsPerMm > 0 ? root.screenFit.pixelsPerMm
                                                                 : Screen.pixelDensity
    }
    Binding { target: Theme; property: "reach"; value: root.screenFit ? root.screenFit.reach : 1.0 }

    Item {
        id: canvas
        objectName: "canvas"

        // A landscape screen gets a design canvas never narrower than 1920 nor lower than 1080
        // design pixels (a 5:4 panel gets more room below, an ultrawide more room across). A
        // portrait totem gets one 1080 wide and as tall as the screen's proportions make it:
        // the screens lay out for it (one column, stacked panels) instead of a landscape
        // design shrunk to half size.
        readonly property bool portraitScreen: root.height > root.width
        readonly property real factor: portraitScreen
            ? root.width / Theme.portraitWidth
            : Math.min(root.height / Theme.designHeight, root.width / Theme.designWidth)
        // Low-reach mode: the upper part shows the brand only; everything a visitor touches
        // (top bar, screens, keyboard, dialogs) sits in the band below reachTop.
        readonly property real reachTop: Theme.reach < 1 ? Math.round(height * (1 - Theme.reach)) : 0
        // Burn-in protection: the whole picture moves a few screen pixels now and then.
        readonly property QtObject shift: root.bridges.pixelShift ?? null
        x: shift ? shift.offsetX : 0
        y: shift ? shift.offsetY : 0
        width: root.width / factor
        height: root.height / factor
        scale: factor
        transformOrigin: Item.TopLeft

        Rectangle { anchors.fill: parent; color: Theme.background }

        ReachHeader {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: canvas.reachTop
            visible: canvas.reachTop > 0
            eventPage: root.bridges.eventPage
        }

        // The map the Map screen opens with, decoded ahead and held: unreferenced, it left
        // Qt's image cache (a few MB) between visits, and each tap on Map waited for it to be
        // decoded again. Same source and size as MapScreen's, so that screen finds it there.
        Image {
            readonly property var pavilion: root.bridges.mapPage ? root.bridges.mapPage.mapPavilion : null
            objectName: "mapAhead"
            visible: false
            asynchronous: true
            source: pavilion ? pavilion.mapUrl : ""
            sourceSize.width: pavilion ? Math.min(Math.max(1, pavilion.mapWidth), 4096) : 0
        }

        ScreenStack {
            id: screens
            anchors { left: parent.left; right: parent.right; top: topBar.bottom }
            height: canvas.height - canvas.reachTop - topBar.height - footer.height - keyboard.occupied
            app: root.app
            bridges: root.bridges
        }

        // The lead form asks nothing before the visitor's age band (AgeGate).
        AgeGate {
            anchors.fill: screens
            app: root.app
            access: root.bridges.access
            leadForm: root.bridges.leadForm
        }

        TopBar {
            id: topBar
            anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: canvas.reachTop }
            app: root.app
            eventPage: root.bridges.eventPage
        }

        // The attract loop covers everything between visits. It lifts away like a curtain when
        // a visit starts and comes down again when it ends: it slides rather than fades, so
        // its text never shows through Home's.
        Loader {
            id: attract
            objectName: "attractLayer"
            // 1: covering the canvas; 0: lifted out of sight. A visitor's touch lifts it as
            // fast as a screen slides in (they wait for Home); it comes down slowly when the
            // visit is over (nobody waits for that).
            property real cover: 1
            readonly property bool lifted: root.app.inVisit
            Component.onCompleted: cover = lifted ? 0 : 1
            onLiftedChanged: {
                coverMotion.stop()
                coverMotion.to = lifted ? 0 : 1
                coverMotion.duration = lifted ? Theme.transitionMs : Theme.fadeMs
                coverMotion.easing.type = lifted ? Easing.OutCubic : Easing.InOutCubic
                coverMotion.start()
            }
            NumberAnimation { id: coverMotion; target: attract; property: "cover" }
            width: parent.width
            height: parent.height
            y: -(1 - cover) * height
            visible: cover > 0
            active: visible
            sourceComponent: AttractScreen { app: root.app; eventPage: root.bridges.eventPage }
        }

        // The visitor's footer: the accessibility button and the speech controls, low on the
        // left within a seated visitor's reach, on a strip of their own so they never cover a
        // screen's controls. While the keyboard is up the strip gives its room to the screen.
        Rectangle {
            id: footer
            objectName: "visitorFooter"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; bottomMargin: keyboard.occupied }
            height: keyboard.occupied > 0 ? 0
                    // Not speechControls.height: that follows its visibility, which follows this.
                    : Math.max(accessibilityButton.height, root.bridges.speech.active ? speechControls.noticeHeight : 0) + 24
            visible: height > 0
            // Over the attract loop the button floats on the loop's picture.
            color: root.app.inVisit ? Theme.surface : "transparent"
            Rectangle {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                visible: root.app.inVisit
                height: 2
                color: Theme.divider
            }

            AccessibilityButton {
                id: accessibilityButton
                anchors { left: parent.left; leftMargin: 24; verticalCenter: parent.verticalCenter; verticalCenterOffset: 1 }
                access: root.bridges.access
            }
            SpeechControls {
                id: speechControls
                anchors { left: accessibilityButton.right; leftMargin: 16; verticalCenter: accessibilityButton.verticalCenter }
                availableWidth: footer.width - accessibilityButton.x - accessibilityButton.width - 16 - 24
                speech: root.bridges.speech
            }
        }

        IdleOverlay {
            anchors.fill: parent
            bandTop: canvas.reachTop
            app: root.app
        }

        // Staff mode (PIN pad, dashboard) above the visitor's screens, below the keyboard.
        StaffOverlay {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: canvas.height - keyboard.occupied
            staff: root.bridges.staff
            app: root.app
        }

        KeyboardDock {
            id: keyboard
            anchors.fill: parent
            app: root.app
            enabled: !root.modalShown  // keys fading out take no taps
        }

        // Staff mode's hidden hotspot: top-left, over the brand mark, no visible hint.
        StaffCorner {
            anchors { left: parent.left; top: parent.top; topMargin: canvas.reachTop }
            staff: root.bridges.staff
        }
    }
}
