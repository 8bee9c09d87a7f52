# CODI Workshop: English, the reference language. Every other language has the same
# message ids, variables and attributes (tests/i18n.rs checks it).

language-name = English

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-choose-level = Agree on a level (after the reveal: then the rationale)
action-not-applicable = Not applicable
action-insufficient-info = Insufficient information
action-clear-answer = Clear the agreed answer
action-previous-area = Previous area
action-next-area = Next area
action-first-area = First area
action-summary-page = Summary page
action-quick-tally = Card count, e.g. 035 (Enter: apply and reveal)
action-reveal-votes = Reveal the votes, or hide them again
action-go-to-rationale = Write the rationale
action-save-and-next = Done: next open area (also from a text box)
action-questions = Guiding questions on the room view
action-timer = Start or pause the discussion timer
action-second-screen = Present the room view (again: back)
    .tooltip = On a second display when there is one
action-room-voting = Start or stop room voting from phones
action-join-page = While room voting: a large QR code and address to join
action-accept-proposal = Table scoring: accept the table's proposal as the agreed answer
action-leave-session = Leave a box or control; again: the workspace
action-move-in-table = Ministries table: move between cells (Tab goes to it)
action-score-cell = Ministries table: score the chosen cell
action-score-next = Score the next ministry of the newest round
action-present = Presentation: the chart alone, large (again: leave)
action-end-presentation = Leave the presentation
action-previous-page = Presented trend: the previous areas
action-next-page = Presented trend: the next areas
action-submit = Save a dialog, or add what a one-line box holds
action-undo = Undo
action-redo = Redo
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-reset = Reset zoom
action-fullscreen = Full screen
action-open = Open...
action-save-as = Save as...
action-help = Keyboard shortcuts
action-new-workspace = New workspace
    .tooltip = An empty workspace, saved automatically until you choose where
action-new-with-instrument = New workspace with another instrument...
    .tooltip = An empty workspace scored with an instrument file (JSON)
action-use-instrument = New rounds use another instrument version...
    .tooltip = Past rounds keep the version they were scored with
action-open-demo = Open the demo workspace
    .tooltip = A made-up workspace to try the app on; your files are not touched
action-import = Import scores (CSV, Excel, OpenDocument)...
    .tooltip = Scores from a file; what changes is listed and can be undone
action-merge = Merge workspace...
    .tooltip = Another laptop's copy of this workspace: what it changed comes over; where both changed the same thing, you choose
action-export-csv = Export CSV...
    .tooltip = Every score, one row per area, for other programs
action-export-xlsx = Export Excel workbook...
    .tooltip = Every score and the rounds' details, one sheet each
action-key-card = Print the facilitator's key card (PDF)...
action-phone-handout = Print the handout on voting by phone (PDF)...
    .tooltip = With the join address and its QR code while room voting is open
action-about-handout = Print the page on CODI for the room (PDF)...
action-table-template = Excel template for tables...
    .tooltip = A workbook a ministry's table fills in offline for the newest round
action-ministry-pdf = Export PDF: this ministry's summary...
    .tooltip = Two pages for the ministry open in the scoring session
action-workshop-pdf = Export PDF: workshop report...
    .tooltip = Every ministry of the round, with the method annex
action-show-workspace = Workspace
action-show-results = Results
action-radar = Results: Radar
action-trend = Results: Trend
action-heatmap = Results: Heatmap
action-changes = Results: Changes
action-history = Results: History
action-review = Results: Review and sign-off
action-light-theme = Light theme (high contrast)
action-dark-theme = Dark theme
action-about = About CODI Workshop
action-open-data-folder = Open data folder
    .tooltip = Where never-saved workspaces and backups are kept

# A menu item about a round: the action's text without its "...", then the round.
action-with-round = { $action } ({ $round })...
# A key pressed when its action cannot be taken: the action, then why.
action-not-now = { $action }: { $why }.

## Why an action is not available now (shown on the greyed item and after a key).

unavailable-nothing-to-undo = Nothing to undo
unavailable-nothing-to-redo = Nothing to redo
unavailable-add-a-round = Add a round first
unavailable-open-scoring = Open a ministry's scoring session first
unavailable-workspace-shown = The workspace is shown
unavailable-results-shown = The results are shown

## The menu bar.

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-language = Language
menu-bangla-digits = Bangla digits (০১২৩)
menu-go-workspace = ◀ Workspace
menu-go-results = Results ▶

## The hint line under a scoring page: a key, then one short word.

hint-level = level
hint-na = NA
hint-ni = NI
hint-tally = tally
hint-reveal = reveal
hint-rationale = rationale
hint-next = next
hint-questions = questions
hint-timer = timer
hint-present = present
hint-back = back
hint-every-key = F1: every key

## Help: the key list (F1) and About.

help-keys-title = Keyboard shortcuts
help-about-title = About CODI Workshop
help-close = Close (Esc)
help-scope-global = Anywhere
help-scope-scoring = On a scoring page
help-scope-workspace = On the workspace screen
help-scope-results = On the results screens
help-scope-boxes = In a dialog or a one-line box
help-typing-note = Plain keys never fire while a text box has the cursor; Esc leaves it.
about-version = Version
about-instrument = Built-in instrument
about-instrument-value = { $title } (version { $version })
about-workspace = This workspace
about-workspace-value = new rounds use version { $version }
about-data-folder = Data folder
about-open-data-folder = Open data folder
about-no-data-folder = none: this system has no home folder
about-licences = Licences
about-language = Interface language
about-translation-note = The Bangla, Spanish and French texts were written by the developers and await review by native speakers before official use.

## The workspace screen.

workspace-title = Workspace title
workspace-instrument = Instrument: { $title } (version { $version })
workspace-language = Language of the room, phones and reports
workspace-language-tip = What the projector, the participants' phones and the PDF reports show. Your menus keep the language chosen in View › Language.

## The room view: what the projector shows (in the workspace's language).

room-not-scored = Not scored yet
room-chosen = chosen
room-level-name = Level { $level } { $label }
room-agreed = Agreed: { $answer }
room-last-round = Last round ({ $date }): { $answer }
room-last-round-not-comparable = Last round ({ $date }): { $answer } (the area changed since: not comparable)
room-table-proposed = Table proposed: { $answer }
room-stats = n = { $n } · median { $median } · agreement { $agreement }
room-questions-title = Guiding questions
room-no-questions = This area has no guiding questions.
room-questions-back = Q or Esc: back to the levels
room-clock-over = { $time } over
join-open = Vote by phone · { $voted } voted
join-closed = Phone vote closed · { $voted } voted
join-no-address = No address that phones can reach.
join-title = Join the vote
join-step-wifi = 1. Connect your phone to the same Wi-Fi as this laptop.
join-step-scan = 2. Scan the code with the camera, or open:
join-voted-here = { $voted } voted on this area
join-privacy = No account, no app. Your phone keeps only a random number so that it votes once; no one can see what you chose.
join-back = J or Esc: back to the levels

## The facilitator's panel: counting votes.

votes-card-count = Card count
votes-entered = { $n ->
    [one] { $n } vote entered
   *[other] { $n } votes entered
}
votes-entered-phones = { $n } votes entered ({ $phones } phones + { $cards } cards)
votes-hide = Hide votes
votes-reveal = Reveal votes
votes-clear = Clear votes
votes-one-by-one = Count one by one
votes-tally-hint = T, then e.g. 2:3 3:5
votes-one-less = One vote less for { $answer }
votes-one-more = One vote more for { $answer }
votes-for = Votes for { $answer }
votes-for-hidden = Votes for { $answer }: hidden until the reveal
votes-agree-median = Agree on the median: { $answer }
votes-last-round = Last round ({ $date })
votes-area-changed = This area changed in the instrument since then.

## The scoring page's strip of areas.

scoring-gone = This round or ministry no longer exists.
scoring-back-to-workspace = Back to the workspace
scoring-previous = ◀ Previous area
scoring-previous-tip = Previous area (←)
scoring-next = Next area ▶
scoring-next-tip = Next area (→)
scoring-area-not-scored = not scored
scoring-area-answer = answer { $answer }
scoring-go-to-area = Go to area { $number }: { $area } ({ $state })
scoring-summary = Summary
scoring-go-to-summary = Go to the summary page

## Banners over the screen, the status line and the window's title.

banner-not-saved = Not saved: { $error }. Your work is kept in memory and saving is retried.
banner-conflict = { $path } was changed by another program since it was opened. Your version is kept in memory and was not written.
banner-conflict-overwrite = Overwrite with my version
banner-conflict-reload = Load the other version
banner-conflict-save-mine = Save mine as...
banner-open-elsewhere = This workspace is also open in another window. Both can edit it: a save never overwrites the other window's changes without asking, but keep to one window where you can.
banner-recovery = A workspace that was never saved to a file was found{ $when }.
banner-recovery-when = { " " }(last changed { $when })
banner-recovery-restore = Restore it
banner-recovery-set-aside = Set it aside
banner-export-making = Making { $what }, { $path }…
banner-export-cancelling = Cancelling: nothing will be written to { $path }…
banner-export-cancel = Cancel the export
banner-progress = { $done } of { $total }
banner-saving-as = Saving the workspace to { $path }…
banner-import-reading = Reading { $path }… Nothing changes until it has been read.
banner-import-rows = { $rows } rows read
banner-import-cancel = Cancel the import
banner-open-folder = Open the folder
banner-dismiss = Dismiss
status-saved = ✔ All changes saved
status-saving = Saving…
status-failed = Not saved: see the message above
status-conflict = Not saved: file changed elsewhere
status-zoom = · zoom { $percent }%
title-unsaved = { $title } (not saved to a file)
title-saved = all changes saved
title-saving = saving…
title-failed = NOT SAVED
title-conflict = NOT SAVED: file changed elsewhere
location-file = File: { $path }
location-autosaved = Not in a file of your own yet: autosaved to { $path }. Use File › Save as... to choose a file.
location-unsaved = Not saved to a file. Changes are autosaved as soon as you edit.

## Messages after an action.

msg-time-not-recorded = The discussion time was not recorded: { $error }.
msg-could-not-open = Could not open { $path }: { $error }
msg-all-scored = Every ministry is scored in the newest round.
msg-table-new-code = { $ministry }'s table has a new code, { $code }; the old one no longer works. Print its sheet again.
msg-table-code-revoked = { $ministry }'s table code is revoked: its devices can no longer open or save anything.
msg-table-code-unchanged = The table code was not changed: { $error }
msg-no-data-folder = This system has no data folder for the app (no home folder).
msg-round-unchanged = The { $round } round is unchanged.
msg-folder-not-made = The folder { $path } could not be made: { $error }
msg-nothing-exported = Nothing was exported.
msg-removed = Removed. Ctrl+Z brings it back.
msg-not-changed = Not changed: { $error }.
# $round is the round's id. The round was signed off after review.
msg-round-validated = Not changed: round { $round } is validated and read-only. To change it, reopen it with a reason in Results › Review.
# $status is one of review-status-*.
msg-review-step = Round { $round }: { $status }.
msg-nothing-to-undo = Nothing to undo.
msg-nothing-to-redo = Nothing to redo.
msg-step-failed = That step could not be taken back: { $error }.
msg-showing-demo = { $error }. Showing the demo workspace instead.
msg-dialog-open = A file dialog is already open; answer it first.
msg-dialogs-off = File dialogs are switched off; give the file on the command line.
msg-dialog-failed = The file dialog could not open: { $error }
msg-opened = Opened { $path }
# Merging another laptop's workspace file into this one.
msg-merge-unreadable = Nothing merged: { $path } could not be read. { $error }
msg-merge-refused = Nothing merged from { $path }: { $error }
msg-merge-nothing = { $path } holds nothing this workspace lacks: nothing to merge.
msg-merge-cancelled = Merge cancelled: nothing changed.
# $taken fields came over; $n conflicts were settled as chosen. Undo takes the whole merge back.
msg-merged = Merged { $path }: { $taken } fields taken, { $n } conflicts settled as you chose. Undo takes it all back.
msg-still-saving = Still saving to { $path }; wait for it to finish.
msg-instrument-unchanged = The instrument was not changed: { $error }
msg-restored-unsaved = Restored the unsaved workspace. Use File › Save as... to keep it in a file of your choice.
msg-loaded-disk = Loaded the version on disk. Ctrl+Z brings back yours.
msg-chart-no-picture = The chart could not be pictured on this system; nothing was saved.
msg-chart-not-saved = The chart was not saved: { $error }
msg-export-cancelled = Export cancelled: nothing was written.
msg-export-failed = Nothing was exported: { $error }
# $what is the export under way, e.g. "the workshop report".
msg-still-making = Still making { $what }: wait for it, or cancel it.
msg-import-failed = Nothing was imported. { $error }
dialog-png-kind = PNG image
dialog-save-chart = Save the chart as PNG

## The workspace screen: rounds and ministries.

workspace-rounds = Rounds ({ $n })
workspace-new-round = New round...
workspace-no-rounds = No rounds yet. A round is one workshop: add one to start scoring.
round-menu = Actions for the round { $round }
round-edit = Edit round...
round-export-pdf = Export the workshop report PDF...
round-export-pdf-scored = Export the workshop report PDF, scored ministries only...
round-export-pdf-clusters = Export the workshop report PDF, cluster by cluster...
round-tables = Table scoring: every ministry scores itself
round-tables-tip = Each ministry's table fills in this round from a phone or laptop on this network
round-remove = Remove round...
workspace-ministries = Ministries and divisions ({ $n })
workspace-add-ministry = Add ministry...
workspace-no-ministries = No ministries yet: add the first one.
workspace-add-round-first = Add a round on the left to start scoring.
workspace-matrix-hint = Areas answered per round (✔ all, – none yet). Click a cell to score it.
workspace-rounds-shown = rounds { $first }-{ $last } of { $total }
workspace-earlier-rounds = Show earlier rounds
workspace-later-rounds = Show later rounds
workspace-code = Code
workspace-name = Name
ministry-menu = Actions for { $ministry }
ministry-edit = Edit ministry { $ministry }...
ministry-move-up = Move up
ministry-move-down = Move down
ministry-remove = Remove ministry { $ministry }...
ministry-menu-tip = Edit, move or remove

## Dialogs on the workspace screen.

confirm-remove-ministry = Remove { $ministry }?
confirm-remove-ministry-text = { $ministry } has { $n } scored areas across all rounds. They are removed with it. You can undo this with Ctrl+Z.
confirm-remove-ministry-yes = Remove { $ministry } and its scores
confirm-remove-round = Remove the round { $round }?
confirm-remove-round-text = This round has { $n } scored areas. They are removed with it. You can undo this with Ctrl+Z.
confirm-remove-round-yes = Remove the round and its scores
confirm-keep = Keep it
dialog-cancel = Cancel
dialog-save-changes = Save changes
dialog-add-ministry = Add a ministry or division
dialog-edit-ministry = Edit ministry { $ministry }
dialog-add-ministry-button = Add ministry
dialog-new-round = New round
dialog-edit-round = Edit round
dialog-add-round-button = Add round
dialog-round-removed = This round was removed.
field-code = Code
field-name = Name
field-cluster = Cluster
field-ministry-code = Ministry code
field-ministry-name = Ministry name
field-ministry-cluster = Ministry cluster
field-new-ministry-code = New ministry code
field-new-ministry-name = New ministry name
field-new-ministry-cluster = New ministry cluster
field-title = Title
field-date = Date
field-location = Location
field-facilitator = Facilitator
field-participants = Participants
field-women = women
field-men = men
field-other = other
field-notes = Notes
field-round-title = Round title
field-round-date = Round date
field-round-location = Round location
field-round-facilitator = Round facilitator
field-round-notes = Round notes
field-new-round-title = New round title
field-new-round-date = New round date
field-new-round-location = New round location
field-new-round-facilitator = New round facilitator
field-new-round-notes = New round notes

## The facilitator's panel on a scoring page.

panel-facilitator = Facilitator
panel-room-window = Room window
panel-room-window-tip = The room view in its own window, for a projector used as a second display. F5 shows the room: on the second display when there is one, otherwise full screen here.
panel-start-voting = Start room voting (W)
panel-stop-voting = Stop room voting
panel-voting-tip = Phones on this network vote on the open area; counts only
panel-no-wifi = No Wi-Fi network found: only this laptop can open the address. Join the room's Wi-Fi or start a hotspot, then press W twice.
panel-firewall = If Windows asks whether CODI Workshop may use the network, allow it on private networks. On a network marked Public, phones cannot reach this laptop: mark the Wi-Fi as Private (Settings › Network › the Wi-Fi's properties), or use a hotspot.
panel-address = Address shown to the room:
panel-address-tip = This laptop is on several networks: pick the one the phones use
panel-phones-see-result = Phones see the result after the reveal
timer-label = Timer { $time }
timer-start = Start
timer-pause = Pause
timer-start-name = Start the timer
timer-pause-name = Pause the timer
timer-tip = S starts and pauses
timer-reset = Reset
timer-reset-name = Reset the timer
timer-per-area = Time per area
timer-per-area-tip = Discussion time per area
timer-minutes = min
text-rationale = Rationale
text-rationale-hint = R: why the room agreed this score
text-evidence = Evidence
text-evidence-hint = Documents, data or examples cited
text-dissent = Dissent or minority view
text-dissent-hint = A view the room did not share, kept on the record
# The round was signed off after review; $date is YYYY-MM-DD.
panel-validated = Validated by { $by } on { $date }: read-only. Nothing here can change until it is reopened in Results › Review.
earlier-round = Earlier round: { $round } ({ $date }). A change asks first.
earlier-round-changing = ✎ Changing an earlier round: { $round } ({ $date })
answer-heading = Agreed answer ({ $keys }, N, I)
answer-agree-on = Agree on { $answer }
answer-clear = Clear score
present-area = Area { $number } of { $areas }
present-hide = Hide votes (V)
present-reveal = Reveal votes (V)
present-pause = Pause the timer (S)
present-start = Start the timer (S)
present-back = Back to the facilitator's view (F5)
present-keys = Keys work as usual: 1-4 agree · T count · V reveal · ← → areas · F5 or Esc: back
proposal-heading = Table's proposal: { $answer }
proposal-rationale = Rationale: { $text }
proposal-evidence = Evidence: { $text }
proposal-accepted = Accepted
proposal-accept = Accept the proposal (A)
proposal-accept-tip = Make the table's answer the agreed one; its texts fill empty boxes only
proposal-why-otherwise = The room agreed otherwise: why?
proposal-why-hint = e.g. new evidence from the finance division
proposal-note = Note to the table
proposal-note-hint = e.g. area 4: which circular?
proposal-send = Send
proposal-sent = Sent: { $note }
summary-title = Summary
summary-figures = Coverage { $coverage } · median { $median } · mean { $mean } (indicative)
summary-time = Time in discussion: { $time } in all
summary-area = Area
summary-agreed = Agreed
summary-since = Since { $date }
summary-change = Change
summary-time-head = Time
summary-rationale = Rationale
summary-open-area = Open area { $number }
summary-changes = Since the last round: { $improved } improved, { $unchanged } unchanged, { $declined } declined; { $new } newly scored, { $gone } no longer scored.
summary-rerated = { $n } re-rated for a reason other than performance, counted apart.
summary-not-comparable = { $n } areas changed in the instrument and are not compared.
summary-export = Export this summary as PDF...
summary-next = Score the next ministry: { $ministry } ▶

## The record on a scoring page: actions, reasons for a change, attendance, history.

record-carried = Actions agreed in { $round }
record-carried-note = Follow them up first: where do they stand?
record-due = due { $date }
record-what-happened = What happened
record-what-happened-hint = e.g. draft approved, awaiting budget
record-why-changed = { $round } agreed { $before }; now { $now }. Why did the score change?
record-choose-reason = Choose a reason
record-reason-name = Reason for the change: { $reason }
record-skip = Skip
record-skip-tip = Recorded as "reason not given"
record-note = Note (optional)
record-not-blocking = Not blocking: the room can go on.
record-actions = Actions before the next round
record-add = Add
record-new-action-hint = New action: what will be done
record-action-hint = What will be done
record-owner-hint = Owner (office or role)
record-remove = Remove
record-due-hint = Due YYYY-MM-DD
record-not-a-date = not a date
record-who = Who took part:
record-people = people
record-from = from
record-offices-hint = offices or divisions, no names
record-history = History ({ $n })
record-no-history = No changes recorded yet.
record-history-older = … and { $n } older: see File › Export history
record-step-undo = (undo)
record-step-redo = (redo)
record-now = now: { $value }
record-before = Before: { $value }
record-after = After: { $value }
record-status-name = Status: { $status }

## The table scoring dashboard.

tables-not-open = Table scoring is not open. Start it from a round's ⋯ menu on the workspace screen.
tables-heading = Table scoring · { $round }
tables-stop = Stop table scoring
tables-show-addresses = Show table addresses
tables-sheets = Table sheets (PDF)...
tables-sheets-tip = A page per table with its address and QR code, and the areas to tick on paper
tables-counts = { $tables } tables · { $started } started · { $submitted } submitted. Scores stay hidden until the plenary review.
tables-revoked = no code: revoked
tables-submitted = ✔ submitted
tables-started = started { $time } ago
tables-not-started = not started
tables-new-code = New code (the old one stops working)
tables-revoke = Revoke this table's code
tables-code-menu = Table code actions for { $ministry }
tables-hours = { $hours } h { $minutes } min
tables-minutes = { $minutes } min

## The results screens.

results-leave = P or Esc: leave the presentation
results-empty = Results appear once the workspace has rounds, ministries and scores.
results-radar = Radar
results-trend = Trend
results-heatmap = Heatmap
results-changes = Changes
results-history = History
results-review = Review
results-radar-view = Radar view
results-trend-view = Trend view
results-heatmap-view = Heatmap view
results-changes-view = Changes view
results-history-view = History view
results-review-view = Review and sign-off view
results-present = Present (P)
results-present-tip = The chart alone, with large labels, for the room
results-png = Save as PNG...
results-png-tip = The chart as presented, as a picture for slides

## The results: the changes between two rounds.

changes-from-round = From round
changes-to-round = To round
changes-ministries = Ministries
changes-same-round = Choose two different rounds to compare.
changes-title = Changes from { $from } to { $to }
changes-counts = Improved { $improved } · unchanged { $unchanged } · declined { $declined } · re-rated { $rerated } (not a change in performance)   (newly scored { $newly }, no longer scored { $gone }, not comparable { $incomparable }: listed apart, not counted as change)
changes-show-unchanged = Show the { $n } unchanged areas
changes-ministry = Ministry
changes-area = Area
changes-from = From
changes-to = To
changes-change = Change
changes-unchanged = Unchanged
changes-newly-scored = Newly scored (a level now, none before)
changes-no-longer-scored = No longer scored (a level before, none now)
changes-not-comparable = Not comparable (the area changed between instrument versions)
# A heading of the list of changes: a group's title and how many areas are in it.
changes-group = { $title }: { $n }

## The results: choices shared by the charts.

results-round = Round
results-ministry = Ministry
results-all-ministries = All ministries
# How a series is drawn, in the radar's legend.
results-style-solid = solid
results-style-dashed = dashed
results-style-dotted = dotted
results-style-short-dashes = short dashes

## The results: the radar.

radar-mode-rounds = Rounds of one ministry
radar-mode-ministries = Ministries in one round
radar-mode-medians = Against cluster and all medians
radar-rounds = Rounds
radar-ministries = Ministries (up to 6; { $n } chosen)
radar-choose = Choose what to show on the left.
radar-title-ministries = Ministries in { $round }
radar-title-medians = { $ministry } against its cluster and all ministries, { $round }
# Under the chart: a round or ministry, then how much of it is answered.
radar-coverage = { $who }: coverage { $coverage }
radar-cluster-median-over = { $cluster } median over { $n } ministries
radar-cluster-median = { $cluster } median
radar-all-median-over = All-ministries median over { $n }
radar-all-median = All ministries median
radar-rings = Rings from the centre: { $rings }
radar-hollow = Hollow markers outside the outer ring are NA / NI: not a level, never plotted as a number. Lines break there.

## The results: the trend, the heatmap and the history.

trend-mode-ministry = One ministry, every area
trend-mode-all = All ministries: median and range
trend-how-to-read = x: round dates (real spacing) · y: agreed level · gaps: NA, NI or not scored; a break where the area changed in the instrument · hover a point for the round and rationale
trend-title-ministry = { $ministry }, round by round
trend-title-all = All ministries: median and range, round by round
trend-paging = Areas { $first }-{ $last } of { $total } · ← → for the others
heatmap-sort = Sort:
heatmap-sort-list = list order
heatmap-sort-name = name
heatmap-sort-cluster = cluster
heatmap-sort-median = median
heatmap-group = Group by cluster
heatmap-no-cluster = No cluster
heatmap-title = { $round }: every ministry by area
heatmap-note = Cells: agreed level (number printed), NA and NI in grey, – not scored. Click a cell to open that scoring page.
heatmap-median-answered = Median · answered
heatmap-median = Median
history-nothing = Nothing recorded yet for this choice. Every change to a score, a tally, a text, a reason or an action is kept here.
history-count = { $n } entries, newest first

## Results › Review: a round's review and sign-off, and the reviewers' comments
review-status-draft = Draft: not yet validated
review-status-under-review = Under review
review-status-validated = Validated
review-draft-note = Reports of this round say DRAFT on every page until it is validated.
review-validated-note = This round is read-only: scores, votes, texts and comments cannot change, from this laptop, phones or tables. Reopen it, with a reason, to change anything.
# One step of the review; $status is one of review-status-*; $time is in UTC.
review-step = { $time }: { $status }, by { $by }
review-step-reason = { $time }: { $status }, by { $by }. Reason: { $reason }
review-by = Your name (kept in the history)
review-reason = Why the round is reopened
review-send = Send for review
review-validate = Validate and sign off
review-return = Return to draft
review-reopen = Reopen
review-needs-name = Type your name first: every step is signed.
review-needs-reason = Say why the round is reopened.
# $n comments, of which $open are not resolved.
review-comments = Reviewers' comments: { $n } ({ $open } open)
review-no-comments = No comments yet.
review-response = Response
review-resolved = Resolved
review-add = Add a reviewer's comment
review-ministry = Ministry
review-area = Area
review-comment = Comment
review-reviewer = Reviewer (name or office)
review-add-button = Add the comment
review-add-needs = Choose a ministry and an area, and write the comment.

## More messages, dialogs and labels of the window.

# The title a new workspace starts with.
workspace-new-title = New workspace
msg-new-workspace = New workspace. It is saved automatically; use File › Save as... to choose where.
# $instrument is the instrument's title, $version its version.
msg-new-workspace-with = New workspace scored with { $instrument } (version { $version }).
# $instrument is the instrument's title, $version its version.
msg-instrument-in-use = New rounds will be scored with { $instrument } (version { $version }). Past rounds keep the version they were scored with; areas whose meaning changed show as not comparable.
msg-saved-as = Saved to { $path }. Changes are now saved there automatically.
# File types and titles of the file dialogs.
dialog-instrument-kind = Instrument (JSON)
dialog-choose-instrument = Choose an instrument file
dialog-export-pdf = Export PDF
dialog-workspace-kind = CODI workspace
dialog-open-workspace = Open a workspace
dialog-merge-workspace = Merge a workspace into this one
dialog-save-workspace-as = Save the workspace as
dialog-excel-kind = Excel workbook
dialog-scores-kind = Scores (CSV, Excel, OpenDocument)
dialog-import-scores = Import scores
dialog-export-csv = Export scores as CSV
dialog-export-xlsx = Export an Excel workbook
dialog-save-template = Save a template for tables

# $round is the round's title, $date its date.
confirm-past-round = Change the { $round } round?
confirm-past-round-text = You are changing the { $round } round of { $date }, an earlier round: its scores are the record of that workshop. Change it only to correct a mistake; a new assessment belongs in a new round. Until you leave this session, changes to this round are not asked about again.
confirm-past-round-keep = Leave it unchanged
confirm-past-round-yes = Change the { $round } round
confirm-stop-tables = Stop table scoring?
# $n is how many tables have not submitted; $tables lists their ministries' codes.
confirm-stop-tables-text = { $n ->
        [one] { $n } table has
       *[other] { $n } tables have
    } not submitted yet: { $tables }. Their devices will say that table scoring closed; what they saved stays in the workspace, and they can go on when you open table scoring again.
confirm-stop-tables-keep = Keep table scoring open
confirm-stop-tables-yes = Stop table scoring
confirm-export-folder = Export to the default folder?
# $folder is the default export folder. "Don't export" is confirm-export-folder-keep.
confirm-export-folder-text = The file dialog closed at once, so no dialog may be available on this computer. The export can go to { $folder } instead, under a new name. If you cancelled on purpose, choose Don't export.
confirm-export-folder-keep = Don't export
confirm-export-folder-yes = Export to that folder

msg-still-reading = { $path } is still being read; wait or cancel it first.
msg-import-cancelled = Import cancelled: nothing from { $path } was applied.
# One warning about an import ($note, in English), put into msg-imported-notes.
msg-import-note = Note: { $note }.
# $summary says what was imported (in English), e.g. "240 rows: 12 added".
msg-imported = Imported { $path }. { $summary } Ctrl+Z undoes the import.
# As msg-imported; $notes are the import's warnings, each one msg-import-note.
msg-imported-notes = Imported { $path }. { $summary } { $notes } Ctrl+Z undoes the import.
msg-export-onto-workspace = { $path } is the workspace itself; choose another file for the export.
msg-not-left = The current workspace could not be saved, so it stays open: { $error }
msg-no-dialog-no-folder = No file dialog could open, and the folder { $path } could not be made: { $error }
# $width and $height are the picture's size in pixels.
msg-chart-saved = Saved the chart ({ $width } x { $height } pixels) to { $path }.
msg-pdf-saved = Saved the PDF ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) to { $path }.
# $what is the file made (in English), e.g. "the workbook".
msg-exported = Exported { $what } to { $path }.
# A warning about an export ($note, in English), added after msg-pdf-saved or msg-exported.
msg-export-note = Note: { $note }
msg-window-stays-open = The window stays open because the work could not be saved: { $error }
msg-dropped-unknown = { $path } is neither a workspace (.codi.json) nor scores (.csv, .xlsx, .ods), so it was not opened.

# The hint line of a scoring session. $key is the key that was pressed, e.g. "P".
keys-esc-again = Esc again: back to the workspace
keys-not-on-summary = { $key }: open an area first; this is the summary page
keys-no-proposal = { $key }: this area has no table proposal to accept
keys-proposal-empty = { $key }: the table proposed no answer for this area
keys-join-not-voting = { $key }: the join page is there while room voting is on (W starts it)
keys-nothing-to-reveal = { $key }: nothing to reveal yet: no votes are in

# A cell of the completion matrix, for screen readers and tooltips.
workspace-cell-score = Score { $ministry } in { $round }
# $n is the number of areas of the round's instrument; $answered how many have an agreed answer.
workspace-cell-all-answered = { $n ->
        [one] all { $n } area answered
       *[other] all { $n } areas answered
    }
workspace-cell-not-started = { $n ->
        [one] not started: 0 of { $n } area answered
       *[other] not started: 0 of { $n } areas answered
    }
workspace-cell-answered = { $n ->
        [one] { $answered } of { $n } area answered
       *[other] { $answered } of { $n } areas answered
    }
workspace-cell-no-instrument = no instrument for this round
# Under a round scored with another instrument version than the current one.
workspace-round-instrument = scored with instrument { $version }
workspace-round-needs-title = A round needs a title.
workspace-new-round-needs-title = Give the new round a title.
# $error says what is wrong with the code typed (in English).
workspace-code-problem = Code: { $error }
workspace-code-used = The code { $code } is already used.
workspace-ministry-needs-name = Give the ministry or division a name.
# $date is the text typed; keep YYYY-MM-DD and the example as they are.
workspace-not-a-date = `{ $date }` is not a real date; write it as YYYY-MM-DD, e.g. 2024-08-04.

# A heatmap cell for screen readers: $area is the area's number, $answer its answer's code.
heatmap-cell = { $ministry } area { $area }: { $answer }
heatmap-cell-not-scored = not scored
trend-not-scored = not scored
votes-not-scored-yet = Not scored yet
# The title of the room view's own window.
present-room-window = CODI Workshop: room view
# $address is the join page's address.
join-qr-alt = QR code for { $address }

# Whether the history's chain of hashes holds. $n is the number of entries.
history-chain-intact = { $n ->
        [one] { $n } entry in all
       *[other] { $n } entries in all
    } · chain of hashes intact
history-chain-emptied = { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } · the file's history was cut outside the app: its earlier entries are gone
# $entry is the number of the first entry that was changed.
history-chain-broken = { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } · the history was changed outside the app at entry { $entry }: what it shows from there on cannot be trusted

# What Ctrl+Z (undo) or Ctrl+Y (redo) did. $step is "undo" or "redo". $more is empty, or
# a space and step-more when the step changed more than one thing. $place names a
# ministry, an area and a round (step-place).
step-nothing = { $step ->
        [undo] Undid
       *[redo] Redid
    } a step that changed nothing.
# $n is how many other changes the same step made.
step-more = { $n ->
        [one] (and { $n } more change)
       *[other] (and { $n } more changes)
    }
# $now is the answer it went back to, e.g. "3 Established".
step-answer = { $step ->
        [undo] Undid
       *[redo] Redid
    } the agreed answer of { $place }: now { $now }{ $more }.
step-answer-cleared = { $step ->
        [undo] Undid
       *[redo] Redid
    } the agreed answer of { $place }: now not scored{ $more }.
step-votes = { $step ->
        [undo] Undid
       *[redo] Redid
    } a change to the votes of { $place }{ $more }.
# $field is which text of the area record: rationale, evidence, differs (why the room
# agreed otherwise than the table proposed) or dissent.
step-text = { $step ->
        [undo] Undid
       *[redo] Redid
    } the { $field ->
        [rationale] rationale
        [evidence] evidence
        [differs] reason for differing from the table
       *[dissent] dissent
    } of { $place }{ $more }.
step-reason = { $step ->
        [undo] Undid
       *[redo] Redid
    } the reason for the change of { $place }{ $more }.
step-actions = { $step ->
        [undo] Undid
       *[redo] Redid
    } the actions of { $place }{ $more }.
step-comments = { $step ->
        [undo] Undid
       *[redo] Redid
    } the review comments of { $place }{ $more }.
# $round is the round's id. Review steps are not undone; this shows only if a merged edit includes one.
step-review = { $step ->
        [undo] Undid
       *[redo] Redid
    } a review step of round { $round }{ $more }.
step-other = { $step ->
        [undo] Undid
       *[redo] Redid
    } a change to { $place }{ $more }.
# $title is the workspace's title it went back to.
step-title = { $step ->
        [undo] Undid
       *[redo] Redid
    } the title: now "{ $title }"{ $more }.
# $what says in English what was added, changed or removed (rounds, ministries, instruments).
step-structure = { $step ->
        [undo] Undid
       *[redo] Redid
    } { $what }{ $more }.
step-notes = { $step ->
        [undo] Undid
       *[redo] Redid
    } the notes of { $ministry }{ $more }.
step-attendance = { $step ->
        [undo] Undid
       *[redo] Redid
    } who took part for { $ministry }{ $more }.
step-table = { $step ->
        [undo] Undid
       *[redo] Redid
    } the table access of { $ministry }{ $more }.
# $area is the area's number and $label its short name, e.g. "HSD, area 3 (Appropriateness), Follow-up workshop".
step-place = { $ministry }, area { $area } ({ $label }), { $round }
# As step-place, when the round's instrument no longer has the area: $area is its id.
step-place-area-id = { $ministry }, { $area }, { $round }

## What an export makes, inside messages ("Still making { $what }…").

export-what-pdf = the PDF
export-what-scores = the scores
export-what-workbook = the workbook
export-what-template = the template for tables

## File › Merge workspace: the conflicts window
# $file is the other file's name.
merge-title = Merge { $file }
merge-summary = { $taken ->
        [one] One field comes over from it.
       *[other] { $taken } fields come over from it.
    } { $n ->
        [0] No conflicts.
        [one] One conflict: both files changed it differently since they parted. Choose a side.
       *[other] { $n } conflicts: both files changed these differently since they parted. Choose a side for each.
    }
merge-notes = Kept from this file (check them)
merge-all-here = This file for all
merge-all-there = The other file for all
merge-here = This file
merge-there = The other file
merge-both = Add both counts
merge-write = Write it anew
# The text box under merge-write, for screen readers.
merge-write-box = The new text
# One side of a conflict: the value, who changed it and when (may be empty).
merge-side = { $value } ({ $by } { $time })
# As merge-side when nobody is named.
merge-side-time = { $value } ({ $time })
# $field is a field's key.
merge-field = { $field ->
        [answer] agreed answer
        [cards] card votes
        [phones] phone votes
        [rationale] rationale
        [evidence] evidence
        [dissent] dissent
        [differs-from-table] why the room differed from the table
        [reason] reason for the change
        [actions] actions
        [comments] review comments
       *[other] { $field }
    }
# A ministry of the other file that may be one of this file's; $why is "code" (the codes look alike) or "name" (the same name).
merge-lookalike = { $there } in the other file is { $here } here ({ $why ->
        [code] the codes look alike
        [name] the same name
       *[other] matched
    })
merge-go = Merge
merge-go-needs = Choose a side for { $n } more conflicts first.
merge-cancel = Cancel
# In the facilitator's panel: the workspace file this record came from in a merge.
panel-record-source = Merged from: { $file }
