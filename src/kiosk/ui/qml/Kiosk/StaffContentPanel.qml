pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KioskStyle
import KioskBackend

// Reload content: pick a content pack (found on USB drives and in the kiosk's folders, or a
// folder chosen by hand), check it, read every problem, load it. A pack with problems changes
// nothing; a loaded pack shows at once.
Item {
    id: panel

    required property StaffContent packs
    property bool picking: false

    objectName: "contentPanel"

    readonly property real column: (width - 32) / 2

    // What a pack problem is, in the staff's language; ``args`` are the precise parts (the bad
    // value, a suggestion, sizes) from kiosk.content.problem_kinds. A problem of no known kind
    // is shown as the validator wrote it.
    function problemText(kind, args, what) {
        switch (kind) {
        case "required": return qsTr("this field is required and has no value")
        case "empty": return qsTr("is empty")
        case "unknown_field_hint": return qsTr("unknown field; did you mean \"%1\"?").arg(args[0])
        case "unknown_field": return qsTr("unknown field (allowed: %1)").arg(args[0])
        case "duplicate_key": return qsTr("is given twice in the same object; keep one")
        case "too_long": return qsTr("is %1 characters long; at most %2 are allowed").arg(args[0]).arg(args[1])
        case "country_hint": return qsTr("%1 is not a country code; use \"%2\"").arg(args[0]).arg(args[1])
        case "country": return qsTr("%1 is not a two-letter country code (e.g. MO, CN, PT, BR)").arg(args[0])
        case "email": return qsTr("%1 is not a valid email address").arg(args[0])
        case "phone_plus": return qsTr("%1: start with + and the country code, e.g. +853 2871 0300").arg(args[0])
        case "phone": return qsTr("%1 is not a valid phone number").arg(args[0])
        case "website": return qsTr("%1 is not a web address; it must start with https://").arg(args[0])
        case "date": return qsTr("%1 is not a date in the form YYYY-MM-DD").arg(args[0])
        case "bad_id": return qsTr("%1 is not a valid id: use lower-case letters, digits, '.', '_' or '-'").arg(args[0])
        case "reference_hint": return qsTr("%1 is not the id of anything in this pack; did you mean \"%2\"?").arg(args[0]).arg(args[1])
        case "reference": return qsTr("%1 is not the id of anything in this pack").arg(args[0])
        case "image_missing": return qsTr("the image file %1 is not in the pack").arg(args[0])
        case "not_image": return qsTr("is not a PNG, JPEG or WebP image")
        case "formula": return qsTr("is a formula (%1); type the value itself").arg(args[0])
        case "merged": return qsTr("merged cells; unmerge them and fill in each cell")
        case "hidden_sheet": return qsTr("is a hidden sheet; unhide it or delete it")
        case "unknown_sheet_hint": return qsTr("is not a sheet the kiosk reads; rename it back to \"%1\"").arg(args[0])
        case "unknown_sheet": return qsTr("is not a sheet the kiosk reads; delete it")
        case "missing_sheet": return qsTr("this sheet is missing from the workbook")
        case "unknown_column_hint": return qsTr("unknown column %1; did you mean \"%2\"?").arg(args[0]).arg(args[1])
        case "unknown_column": return qsTr("unknown column %1").arg(args[0])
        case "number_not_date": return qsTr("%1 is a number, not a date; type the date as YYYY-MM-DD").arg(args[0])
        case "date_in_text": return qsTr("Excel turned this into a date; format the column as Text and type it again")
        case "not_workbook": return qsTr("is not an Excel workbook (.xlsx)")
        case "macro": return qsTr("holds macros; save it as an Excel Workbook (.xlsx)")
        default: return qsTr("%1 (details in English)").arg(what)
        }
    }

    StaffCard {
        width: panel.column
        visible: !panel.picking
        title: qsTr("Content packs found")

        Flow {  // the two buttons wrap onto two lines where their labels are long (pt)
            width: parent.width
            spacing: 16
            StaffButton {
                objectName: "searchPacksButton"
                variant: "secondary"
                staffIcon: "refresh"
                text: qsTr("Search again")
                enabled: !panel.packs.searching
                onClicked: panel.packs.search()
            }
            StaffButton {
                objectName: "choosePackFolderButton"
                variant: "secondary"
                staffIcon: "folder"
                text: qsTr("Choose a folder…")
                onClicked: {
                    panel.packs.folders.refreshRoots()
                    panel.picking = true
                }
            }
            BusyIndicator {
                width: 64
                height: 64
                running: panel.packs.searching
                visible: running
            }
        }
        KText {
            width: parent.width
            visible: !panel.packs.searching && panel.packs.packs.count === 0
            text: qsTr("No content pack or workbook found on the USB drives or in the kiosk's folders. A pack is a folder holding content.json, or an Excel workbook (.xlsx) with its images beside it.")
            color: Theme.textMuted
        }
        ListView {
            width: parent.width
            height: Math.min(contentHeight, 560)
            clip: true
            spacing: 8
            model: panel.packs.packs
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: AbstractButton {
                id: pack
                required property string label
                required property string path
                required property int index
                objectName: "contentPack_" + index
                width: ListView.view.width
                height: 88
                focusPolicy: Qt.NoFocus
                onClicked: panel.packs.check(path)
                background: Rectangle {
                    radius: Theme.radius
                    color: panel.packs.path === pack.path ? Theme.surfaceAlt : (pack.down ? Theme.divider : Theme.surface)
                    border.color: panel.packs.path === pack.path ? Theme.primary : Theme.divider
                    border.width: 2
                }
                contentItem: Column {
                    leftPadding: 20
                    topPadding: 8
                    KText { text: pack.label; font.weight: Font.DemiBold; wrapMode: Text.NoWrap }
                    KText {
                        width: pack.width - 40
                        text: pack.path
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.NoWrap
                        elide: Text.ElideLeft
                    }
                }
            }
        }
    }

    StaffCard {
        width: panel.column
        visible: panel.picking
        title: qsTr("Choose a content pack folder")
        StaffFolderPicker {
            width: parent.width
            browser: panel.packs.folders
            useText: qsTr("Check this folder")
            onChosen: path => { panel.packs.check(path); panel.picking = false }
            onClosed: panel.picking = false
        }
    }

    StaffCard {
        x: panel.column + 32
        width: panel.column
        height: panel.height
        title: qsTr("Check and load")

        KText {
            objectName: "contentState"
            width: parent.width
            text: {
                switch (panel.packs.state) {
                case "checking": return qsTr("Checking the pack…")
                case "valid": return qsTr("The pack is valid: %1").arg(panel.packs.summary)
                case "invalid": return qsTr("The pack has %1 problems. Nothing was changed; the kiosk keeps its content.").arg(panel.packs.problems.count)
                case "loading": return qsTr("Loading the pack…")
                case "loaded": return qsTr("Loaded. The kiosk shows the new content. %1").arg(panel.packs.summary)
                case "failed": return qsTr("The pack could not be loaded. Nothing was changed.")
                default: return qsTr("Choose a pack to check it.")
                }
            }
            color: panel.packs.state === "invalid" || panel.packs.state === "failed" ? Theme.error : Theme.text
            font.weight: Font.DemiBold
        }
        KText {
            width: parent.width
            visible: panel.packs.path !== ""
            text: panel.packs.path
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        BusyIndicator {
            width: 64
            height: 64
            running: panel.packs.busy
            visible: running
        }
        StaffButton {
            objectName: "loadPackButton"
            staffIcon: "check"
            text: qsTr("Load this pack")
            visible: panel.packs.state === "valid"
            onClicked: panel.packs.load()
        }
        ListView {
            objectName: "contentProblems"
            width: parent.width
            height: 560
            visible: panel.packs.problems.count > 0
            clip: true
            spacing: 6
            model: panel.packs.problems
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: Rectangle {
                id: problem
                required property string where
                required property string what
                required property string kind
                required property var args
                required property int index
                width: ListView.view.width - 24
                height: text.implicitHeight + 20
                radius: 8
                color: Theme.surfaceAlt
                KText {
                    id: text
                    objectName: "contentProblem_" + problem.index
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 14 }
                    text: problem.where + ": " + panel.problemText(problem.kind, problem.args, problem.what)
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
