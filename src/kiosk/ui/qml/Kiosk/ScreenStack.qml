import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Mirrors AppBridge.stack (the Navigator's decision) with a StackView: screens slide in when
// the visitor goes deeper, back out when they return, and each screen gets exactly the bridges
// it declares. The attract loop is not in here: Main.qml shows it above everything.
StackView {
    id: stack

    required property AppBridge app
    required property var bridges

    property var shownKeys: []

    objectName: "screenStack"

    function propertiesFor(entry) {
        const properties = {}
        for (const name of entry.bridges)
            properties[name] = stack.bridges[name]
        for (const name in entry.extra)
            properties[name] = entry.extra[name]
        return properties
    }

    function sync() {
        const target = stack.app.stack.filter(entry => entry.screen !== "attract")
        const keys = target.map(entry => entry.key)
        if (keys.length === 0) {
            // The visit ended: the attract loop now covers everything; drop the screens
            // (and whatever was typed into them) once it has faded in.
            clearTimer.restart()
            stack.shownKeys = []
            return
        }
        clearTimer.stop()
        let common = 0
        while (common < keys.length && common < stack.shownKeys.length && stack.depth > common
               && keys[common] === stack.shownKeys[common])
            common++
        if (common === keys.length && common === stack.depth) {
            stack.shownKeys = keys
            return
        }
        const items = []
        for (let i = common; i < target.length; i++)
            items.push(target[i].source, stack.propertiesFor(target[i]))
        const wasShown = stack.shownKeys.indexOf(keys[keys.length - 1]) >= 0
        const operation = stack.depth === 0 || stack.shownKeys.length === 0 ? StackView.Immediate
                        : wasShown ? StackView.PopTransition : StackView.PushTransition
        if (items.length === 0)
            stack.popToIndex(common - 1, operation)
        else if (common >= stack.depth)
            stack.push(items, operation)
        else
            stack.replace(stack.get(common, StackView.DontLoad), items, undefined, operation)
        stack.shownKeys = keys
    }

    Timer {
        id: clearTimer
        interval: Theme.fadeMs + 150  // the attract loop has come down over them
        onTriggered: stack.clear(StackView.Immediate)
    }

    Connections {
        target: stack.app
        function onStackChanged() { stack.sync() }
    }

    // Screens ask to go somewhere with signals; the Navigator decides. A screen declares only
    // the signals it needs; unknown ones are ignored below.
    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true
        function onExhibitorChosen(exhibitorId) { stack.app.go("exhibitor", exhibitorId) }
        function onMapRequested(exhibitorId) { stack.app.go("map", exhibitorId) }
        function onInterested(exhibitorId) { stack.app.go("contact", exhibitorId) }
        function onNavigateRequested(screen, argument) { stack.app.go(screen, argument) }
        function onBackRequested() { stack.app.back() }
        function onHomeRequested() { stack.app.home() }
    }
    Component.onCompleted: sync()

    // Screens are opaque and slide over one another: no frame ever shows two screens' text
    // through each other (a cross-fade would). Going deeper, the new screen slides in from the
    // right over the old one, which drifts left underneath; going back, the screen on top
    // slides away to the right and uncovers the one below.
    readonly property int duration: Theme.transitionMs
    readonly property real drift: width * 0.25

    pushEnter: Transition {
        NumberAnimation { property: "x"; from: stack.width; to: 0; duration: stack.duration; easing.type: Easing.OutCubic }
    }
    pushExit: Transition {
        NumberAnimation { property: "x"; from: 0; to: -stack.drift; duration: stack.duration; easing.type: Easing.OutCubic }
    }
    popEnter: Transition {
        NumberAnimation { property: "x"; from: -stack.drift; to: 0; duration: stack.duration; easing.type: Easing.OutCubic }
    }
    popExit: Transition {
        NumberAnimation { property: "x"; from: 0; to: stack.width; duration: stack.duration; easing.type: Easing.OutCubic }
    }
    replaceEnter: pushEnter
    replaceExit: pushExit
}
