# CODI Workshop: the fixed words of the PDF reports (the ministry summary, the
# workshop report and the table sheets). Printed in the workspace's language.

## On every page.

# The footer's page number.
report-page = Page { $page } of { $total }
# The running header's right end; $date is already written the language's way.
report-generated = Generated { $date }
# Above every page of a report whose round has not been validated (review and sign-off).
report-draft = DRAFT: not validated
report-draft-under-review = DRAFT: under review, not yet validated
# Above a table cell that goes on from the page before.
report-continued = (continued)
report-not-scored = Not scored

## Months, for dates written out in full ($day $month $year).

report-long-date = { $day } { $month } { $year }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December

## The radar.

# Beside an area the radar cannot draw as a number; $code is NA or NI.
report-radar-not-plotted = { $code }: not plotted
report-radar-unscored = not scored
# Below the radar; $rings lists the levels, e.g. "1 Latent, 2 Emerging, …".
report-radar-rings = Rings from the centre (0): { $rings }. NA, NI and unscored areas are not plotted as numbers: the lines have a gap there.

## The documents' titles (in the viewer's title bar) and subjects.

# "Title, version V" of the instrument.
report-instrument-version = { $title }, version { $version }
report-summary-title = { $code } – { $round } – ministry summary
report-summary-subject = CODI ministry summary
report-workshop-title = { $round } – workshop report
report-workshop-subject = CODI workshop report

## Words used in several places.

report-round = Round
report-instrument = Instrument
report-scored-with = Scored with
report-facilitator = Facilitator
report-participants = Participants
report-previous-round = Previous round
report-notes = Notes
report-area = Area
report-ministry = Ministry
report-cluster = Cluster
report-median = Median
report-answered = Answered
report-method-note = Median of agreed levels (NA and NI excluded); the mean is indicative only. These are this app's conventions: CODI itself defines no aggregation rule.

## The workshop report's cover.

report-cover = Cover
report-cover-kicker = CODI WORKSHOP REPORT
# The running header of the cover and the first pages.
report-workshop-header = Workshop report — { $round } ({ $date })
report-contents = Contents
report-cover-method = Method: { $note } Agreement = share of the votes given to the most voted answer. Coverage = areas with an agreed answer (a level, NA or NI).
report-cover-round = { $round } (id { $id }), { $date }
report-cover-scored-with = instrument version { $version } (the workspace now uses { $now })
report-cover-participants = { $total } ({ $women } women, { $men } men{ $other ->
        [0] {""}
       *[other] , { $other } other
    }; { $share }% women)
report-in-numbers = In numbers
report-count-ministries = Ministries
report-count-complete = { $n } complete
report-count-in-progress = In progress
report-count-not-started = { $n } not started
report-count-answered = Areas answered
report-count-share = { $share }% of all ministry-areas
report-count-no-ministries = no ministries
report-count-na-ni = NA / NI
report-count-na-ni-note = not applicable / insufficient information
report-how-to-read = How to read the colours and codes

## The workshop report's sections (headings and the contents list).

report-heatmap-title = Heatmap: all ministries by area
report-distribution-title = Distribution per area
report-completion-title = Completion by ministry
report-reasons-title = Changes by reason
report-actions-title = Actions by area and status
report-summaries = Ministry summaries
report-annex-title = Method annex
report-annex-header = Method annex — { $round } ({ $date })
# In the contents list.
report-contents-page = page { $page }

## The heatmap.

report-heatmap = Heatmap
report-heatmap-header = Heatmap — { $round } ({ $date })
report-heatmap-note = The agreed answer of each ministry in each area, { $round }. The number in each cell is the level; NA = not applicable, NI = insufficient information, – = not scored. Median over the areas with a level.
report-no-ministries = This workspace has no ministries yet.
report-median-over-ministries = Median over ministries

## The distribution per area and the completion list.

# A running header: $section is a section's short name.
report-section-header = { $section } — { $round } ({ $date })
report-distribution-note = How many of the { $n } ministries gave each answer, per area. The bar is split by answer; the counts are in the columns on the right. Median over the ministries with a level.
report-answers-across = Answers across ministries
report-completion = Completion
report-completion-note = Areas with an agreed answer (a level, NA or NI) out of { $n }, per ministry.
report-levels = Levels
report-status = Status
report-complete = Complete
report-in-progress = In progress
report-not-started = Not started

## The reasons for a change, the actions' statuses and the groups of moved levels
## (in the reports and in the window).

reason-performance = Real change in performance
reason-evidence = New or better evidence
reason-interpretation = Different interpretation
reason-earlier-error = Earlier score was wrong
reason-definition = Area definition changed
reason-other = Other
reason-not-given = Reason not given
action-status-planned = Planned
action-status-in-progress = In progress
action-status-done = Done
action-status-dropped = Dropped
moved-declined-performance = Declined: real change in performance
moved-improved-performance = Improved: real change in performance
# $reason is one of the reasons above, in small letters.
moved-rerated = Re-rated, not a change in performance: { $reason }
moved-declined-no-reason = Declined: no reason given
moved-improved-no-reason = Improved: no reason given

## The changes by reason and the actions by area and status (workshop report).

report-reasons = Reasons
report-reasons-note = Levels that moved since { $previous } ({ $date }), grouped by the reason the room gave. Only a real change in performance is an improvement or a decline; the others are re-ratings. Areas not comparable between instrument versions are not counted.
report-the-previous-round = the previous round
report-no-level-moved = No level moved.
report-reason = Reason
report-areas = Areas
report-where = Where (ministry: area)
report-actions = Actions
report-actions-note = Actions the workshop agreed, counted by area and status. Each ministry's summary lists them in full, with owners, due dates and what the follow-up found.
report-actions-followed = Follow-up of the actions agreed in { $previous } ({ $date }), as updated in this round
report-actions-agreed-now = Agreed in this round, for the next
report-no-actions = No actions were recorded.
report-all = All
report-all-areas = All areas

## A ministry summary: why scores changed, and the actions.

report-why-changed = Why scores changed
report-why-changed-note = Only a real change in performance is an improvement or a decline; a re-rating (new evidence, another reading, an earlier error, a changed definition) is not.
report-no-actions-ministry = No actions were recorded for this ministry.
report-actions-followed-ministry = Follow-up of the actions agreed in { $previous } ({ $date })
report-action-and-follow-up = Action and follow-up
report-owner-and-due = Owner and due date
report-follow-up = Follow-up: { $text }
report-due = due { $date }

## A ministry summary: the table of areas.

report-discussed = discussed { $time }
report-no-votes = No votes recorded
report-vote-median = median { $median }
report-vote-agreement = agreement { $agreement }
report-agreed-level = Agreed level
report-votes-in-room = Votes in the room
report-rationale-and-evidence = Rationale and evidence
report-scores-title = Scores, rationale and evidence
report-no-rationale = No rationale recorded.
report-no-evidence = Evidence: none recorded.
report-evidence = Evidence
report-table-rationale = The table's rationale
report-table-evidence = The table's evidence
report-room-differs = Why the room agreed otherwise
report-dissent = Dissent or minority view
report-table-proposed = Table proposed
report-no-answer-yet = no answer yet
report-why-it-changed = Why it changed
report-assessment-notes = Notes on this assessment
report-summary-method = Method: { $note } Agreement = share of the votes given to the most voted answer.
report-trend-title = Trend per area
report-trend-note = Agreed level in every round of the workspace ({ $n ->
        [one] { $n } round
       *[other] { $n } rounds
    }), placed by date; the dashed line and the large dot mark this round. NA, NI and – (not scored) are written at the bottom and leave a gap.

## A ministry summary: page one.

report-summary-kicker = MINISTRY SUMMARY · { $round }
# Added to the round's line when it was scored with another instrument version.
report-summary-scored-with = ; scored with instrument version { $version }
report-first-round = None: this is the first round
report-code = Code
report-generated-label = Generated
report-median-between = between { $low } and { $high }
report-no-levels-agreed = no levels agreed
report-coverage = Coverage
report-coverage-note = { $levels } levels · { $na } NA · { $ni } NI · { $unscored } not scored
report-median-level = Median level
report-mean = Mean (indicative)
report-mean-note = ordinal scale: read with care
report-change-since = Change since previous round
report-nothing-to-compare = first round: nothing to compare
report-change-note = { $unchanged } unchanged, { $newly } newly with a level, { $gone } without a level now
# Added to the note above when some levels were re-rated.
report-change-rerated = ; { $n } re-rated, not a change in performance
report-profile = Profile across the areas
report-legend-this-round = { $round } ({ $date }): this round
report-legend-previous-round = { $round } ({ $date }): previous round
# The change table's heads: the previous level, the level now, the change.
report-prev = Prev.
report-now = Now
report-change = Change
report-change-table-note = Change = this round's level minus the previous round's. "new level": a level now, none before (unscored, NA or NI); "no level now": the reverse.
report-change-table-first = No previous round: changes start with the next round.
report-rerated-by = re-rated { $by }
report-new-level = new level
report-no-level-now = no level now
report-not-comparable = not comparable

## The method annex.

report-method = Method
report-annex-note = How these scores were made: what a reader needs to judge them, and what the next round needs to compare with them.
report-scale = Scale
report-voting = Voting
report-aggregation = Aggregation
report-participation = Participation
report-history = History
report-reasons-for-change = Reasons for change
report-data-date = Date of the data
# One round in the list of rounds and their instrument versions.
report-annex-version = { $round } ({ $date }): version { $version }
report-annex-instrument = { $instrument }. Rounds: { $versions }.
report-annex-scale = { $levels }. { $na } ({ $na_code }): { $na_meaning } { $ni } ({ $ni_code }): { $ni_meaning } Neither is a number: both are left out of medians and means.
# What NA and NI mean when the instrument does not say.
report-annex-na = the area does not apply.
report-annex-ni = the room could not agree a level on the information it had.
report-annex-aggregation = { $note } Coverage: { $answered } of { $areas } areas have an agreed answer ({ $levels } levels, { $na } NA, { $ni } NI).
report-voted-phones-cards = phones and cards
report-voted-phones = phones
report-voted-cards = cards counted by the facilitator
report-voted-none = no votes were recorded
report-annex-voting = The room voted with { $how }: { $cards } card votes on { $card_areas } areas, { $phones } phone votes on { $phone_areas } areas. Phones vote anonymously (counts only, one vote per phone and area). The agreed answer is the room's decision after discussion, not a count.
report-annex-participants = Workshop: { $total } participants ({ $women } women, { $men } men, { $other } other).
report-annex-people = { $n } people recorded.
report-annex-people-for = { $n } people recorded for { $ministries } ministries.
report-annex-offices = Offices: { $offices }.
report-not-recorded = Not recorded.
report-chain-intact = the chain of hashes is intact
report-chain-broken = WARNING: the history was changed outside the app at entry { $entry }
report-chain-emptied = WARNING: the history was cut outside the app
report-annex-history = { $n } changes recorded for this round; { $chain }. Undo adds an entry; no entry is ever deleted.
report-annex-no-change = No comparable area changed its agreed answer since the previous round.
report-annex-reasons = { $n } comparable areas changed since the previous round; reasons: { $used }. Only a real change in performance counts as improvement or decline; the others are re-ratings.
report-annex-no-time = no record carries a time
report-annex-last-change = last change to a record: { $time }

## The table sheets (one page per ministry's table).

report-sheet-header = Table sheet · { $code } · { $round }
report-sheets-title = { $round } – table sheets
report-sheets-subject = CODI table sheets
report-sheet-round = { $round } · table scoring
report-sheet-scan = On a phone, tablet or laptop on the workshop's Wi-Fi, scan the code or open:
# $code is the table's code, e.g. K7P2QX.
report-sheet-code = Table code: { $code }. Keep this sheet at your table: the code opens your ministry only.
report-sheet-no-device = No device? Tick one box per area on this sheet and hand it to the facilitator.
# How much of a ministry's round is answered.
coverage-describe = { $answered }/{ $areas } answered ({ $levels } levels, { $na } NA, { $ni } NI)
# A change in short: $by is e.g. +1 or -2.
change-rerated = re-rated { $by }
change-new = new
change-dropped = dropped
change-not-comparable = n/c

## Review and sign-off (method annex)
report-review = Review
report-review-draft = Draft: not yet sent for review.
# $by is who took the step and $date the day, already written the language's way.
report-review-under-review = Under review: sent for review by { $by } on { $date }.
report-review-validated = Validated by { $by } on { $date }.
report-review-returned = Draft again: returned by { $by } on { $date }.
# A reopening of a validated round, with its reason.
report-review-reopened = Reopened by { $by } on { $date }: { $reason }.
report-comments-title = Reviewers' comments and responses
# Column heads of the comments matrix: where (ministry and area number), the comment, the response, resolved or not.
report-comments-where = Ministry: area
report-comments-comment = Comment (reviewer)
report-comments-response = Response
report-comments-resolved = Resolved
report-comments-yes = yes
report-comments-open = open
# The files merged into the round (a national exercise across rooms): the annex row.
report-sources = Merged from
# $file is the other workspace's title; $date the day of the merge; $fields how many fields it brought.
report-source = { $file }, merged { $date }: { $fields } fields
# As report-source, with $place the venue and facilitator it gave for the round.
report-source-place = { $file } ({ $place }), merged { $date }: { $fields } fields
# The heatmap grouped by cluster (report --by-cluster): a band above each cluster's ministries with the cluster's median per area.
report-cluster-band = { $cluster } ({ $n ->
        [one] one ministry
       *[other] { $n } ministries
    }): median
report-no-cluster = No cluster
# Under an area's rationale and evidence: the workspace file (its title) this record came from in a merge.
report-record-source = Merged from: { $file }
# Text alternatives of the charts, read aloud by screen readers (the PDF's figures, the app's radar).
# $areas is a list of report-alt-area or report-alt-area-was joined with commas.
report-alt-radar = Radar chart of { $ministry }, { $round }: { $areas }.
report-alt-radar-against = Radar chart of { $ministry }, { $round } against { $previous }: { $areas }.
report-alt-area = { $area } { $answer }
report-alt-area-was = { $area } { $answer } (was { $was })
report-alt-na = not applicable
report-alt-ni = insufficient information
report-alt-unscored = not scored
# $points is a list of report-alt-trend-point joined with commas, oldest round first.
report-alt-trend = Trend of { $area } for { $ministry } over { $n ->
        [one] { $n } round
       *[other] { $n } rounds
    }: { $points }.
report-alt-trend-point = { $round } { $answer }
# $parts is a list of report-alt-count joined with commas.
report-alt-distribution = How the ministries answered { $area }: { $parts }.
report-alt-count = { $answer }: { $count ->
        [one] { $count } ministry
       *[other] { $count } ministries
    }
# The QR code on a table sheet, read aloud by screen readers.
report-alt-qr = QR code that opens { $url }

## Handouts for the room (codi-workshop handout): one page each.
handout-subject = CODI workshop handout
handout-keys-title = Keys for the facilitator
handout-keys-sub = Keep this beside the laptop. F1 in the app shows the same list.
handout-keys-note = Keys never act while a text box has the cursor: typing 1 in a rationale is text. Esc leaves the box; Tab reaches every control.
handout-phone-title = Vote from your phone
handout-phone-sub = No app, no account and no internet: only the workshop's Wi-Fi.
handout-phone-scan = Scan the code with your phone's camera, or type this address:
handout-phone-wifi = Join the workshop's Wi-Fi network (ask the facilitator for its name). Mobile data will not reach the laptop.
handout-phone-open = Scan the QR code on the projector, or type the address it shows into your browser, starting with http://
handout-phone-code = If the page asks for a code, type the code from the projector. Capital or small letters both work.
handout-phone-tap = The page shows the area being discussed. Tap your level, or Not applicable, or Insufficient information.
handout-phone-change = You can change your vote until the facilitator reveals the votes. The page marks your choice with a tick.
handout-phone-reveal = After the reveal the room discusses the spread and agrees one level. Keep the page open: it moves to the next area by itself.
handout-phone-private-title = Your vote is anonymous
handout-phone-private = The app keeps only how many votes each answer got. It never records who voted or what one person chose, and it stores nothing about your phone.
handout-phone-trouble-title = If it does not work
handout-phone-trouble = Check that you are on the workshop's Wi-Fi, and type the address with http:// at the start. If it still does not open, vote with your card: the facilitator counts cards and phones together.
handout-about-title = CODI: what it is and how today works
handout-about-sub = For everyone in the room.
handout-about-what = The Core Diagnostic Instrument (CODI) is one of the Inter-Agency Social Protection Assessment (ISPA) tools, built together by development partners and free to use. It looks at a country's whole social protection system, not one programme, and is repeated every few years so that each ministry can see how its work has changed. It does not compare countries. Today each ministry scores its own work on ten performance areas.
handout-about-areas = The ten areas
handout-about-levels = The levels, and two answers that are not levels
handout-about-today = How each area goes today
handout-about-step-read = The facilitator reads the area and its guiding questions.
handout-about-step-vote = You discuss the evidence, then everyone votes at once, with a card or a phone.
handout-about-step-reveal = The votes are revealed together, so no one follows the first hand up.
handout-about-step-agree = The room talks about the spread and agrees one answer. The vote informs it; it does not decide it.
handout-about-step-record = The reason and the evidence are written down, with any dissent, so the next round can see why.
handout-about-note = Not applicable and Insufficient information are never counted as levels. Votes are anonymous: only counts are kept.
