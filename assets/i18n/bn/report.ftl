# CODI Workshop: the fixed words of the PDF reports in Bangla (the ministry summary, the
# workshop report and the table sheets). Printed in the workspace's language.

## On every page.

# The footer's page number.
report-page = পৃষ্ঠা { $page } / { $total }
# The running header's right end; $date is already written the language's way.
report-generated = তৈরির তারিখ: { $date }
# Above a table cell that goes on from the page before.
report-continued = (পূর্ববর্তী পৃষ্ঠার পর)
report-not-scored = স্কোর করা হয়নি

## Months, for dates written out in full ($day $month $year).

report-long-date = { $day } { $month } { $year }
report-month-1 = জানুয়ারি
report-month-2 = ফেব্রুয়ারি
report-month-3 = মার্চ
report-month-4 = এপ্রিল
report-month-5 = মে
report-month-6 = জুন
report-month-7 = জুলাই
report-month-8 = আগস্ট
report-month-9 = সেপ্টেম্বর
report-month-10 = অক্টোবর
report-month-11 = নভেম্বর
report-month-12 = ডিসেম্বর

## The radar.

# Beside an area the radar cannot draw as a number; $code is NA or NI.
report-radar-not-plotted = { $code }: চার্টে দেখানো হয়নি
report-radar-unscored = স্কোর করা হয়নি
# Below the radar; $rings lists the levels, e.g. "1 Latent, 2 Emerging, …".
report-radar-rings = কেন্দ্র (শূন্য) থেকে বলয়গুলো: { $rings }। NA, NI ও স্কোর না করা ক্ষেত্রগুলো সংখ্যা হিসেবে দেখানো হয় না: সেখানে রেখায় ফাঁক থাকে।

## The documents' titles (in the viewer's title bar) and subjects.

# "Title, version V" of the instrument.
report-instrument-version = { $title }, সংস্করণ { $version }
report-summary-title = { $code } – { $round } – মন্ত্রণালয়ের সারসংক্ষেপ
report-summary-subject = CODI মন্ত্রণালয়ের সারসংক্ষেপ
report-workshop-title = { $round } – কর্মশালার প্রতিবেদন
report-workshop-subject = CODI কর্মশালার প্রতিবেদন

## Words used in several places.

report-round = রাউন্ড
report-instrument = ইনস্ট্রুমেন্ট
report-scored-with = স্কোরিংয়ে ব্যবহৃত
report-facilitator = সঞ্চালক
report-participants = অংশগ্রহণকারী
report-previous-round = আগের রাউন্ড
report-notes = নোট
report-area = ক্ষেত্র
report-ministry = মন্ত্রণালয়
report-cluster = ক্লাস্টার
report-median = মধ্যমা
report-answered = উত্তর দেওয়া
report-method-note = সম্মত স্তরগুলোর মধ্যমা (NA ও NI বাদে); গড় শুধু নির্দেশক মান। এগুলো এই অ্যাপের নিজস্ব রীতি: CODI নিজে একত্রীকরণের কোনো নিয়ম নির্ধারণ করে না।

## The workshop report's cover.

report-cover = প্রচ্ছদ
report-cover-kicker = CODI কর্মশালার প্রতিবেদন
# The running header of the cover and the first pages.
report-workshop-header = কর্মশালার প্রতিবেদন — { $round } ({ $date })
report-contents = সূচিপত্র
report-cover-method = পদ্ধতি: { $note } ঐকমত্য = সবচেয়ে বেশি ভোট পাওয়া উত্তরের পক্ষে প্রদত্ত ভোটের অনুপাত। আওতা = সম্মত উত্তর (একটি স্তর, NA বা NI) আছে এমন ক্ষেত্র।
report-cover-round = { $round } (আইডি { $id }), { $date }
report-cover-scored-with = ইনস্ট্রুমেন্টের সংস্করণ { $version } (ওয়ার্কস্পেসে এখন { $now } ব্যবহৃত হয়)
report-cover-participants = { $total } জন ({ $women } জন নারী, { $men } জন পুরুষ{ $other ->
        [0] {""}
       *[other] , { $other } জন অন্যান্য
    }; { $share }% নারী)
report-in-numbers = সংখ্যায় এক নজরে
report-count-ministries = মন্ত্রণালয়
report-count-complete = { $n }টি সম্পন্ন
report-count-in-progress = চলমান
report-count-not-started = { $n }টি শুরু হয়নি
report-count-answered = উত্তর দেওয়া ক্ষেত্র
report-count-share = সব মন্ত্রণালয়-ক্ষেত্রের { $share }%
report-count-no-ministries = কোনো মন্ত্রণালয় নেই
report-count-na-ni = NA / NI
report-count-na-ni-note = প্রযোজ্য নয় / অপর্যাপ্ত তথ্য
report-how-to-read = রং ও কোডগুলো যেভাবে পড়বেন

## The workshop report's sections (headings and the contents list).

report-heatmap-title = হিটম্যাপ: ক্ষেত্র অনুযায়ী সব মন্ত্রণালয়
report-distribution-title = ক্ষেত্রভিত্তিক বণ্টন
report-completion-title = মন্ত্রণালয়ভিত্তিক সম্পন্নতা
report-reasons-title = কারণভিত্তিক পরিবর্তন
report-actions-title = ক্ষেত্র ও অবস্থাভিত্তিক পদক্ষেপ
report-summaries = মন্ত্রণালয়ের সারসংক্ষেপ
report-annex-title = পদ্ধতি-সংযুক্তি
report-annex-header = পদ্ধতি-সংযুক্তি — { $round } ({ $date })
# In the contents list.
report-contents-page = পৃষ্ঠা { $page }

## The heatmap.

report-heatmap = হিটম্যাপ
report-heatmap-header = হিটম্যাপ — { $round } ({ $date })
report-heatmap-note = { $round } রাউন্ডে প্রতিটি ক্ষেত্রে প্রতিটি মন্ত্রণালয়ের সম্মত উত্তর। প্রতিটি সেলের সংখ্যাটি স্তর নির্দেশ করে; NA = প্রযোজ্য নয়, NI = অপর্যাপ্ত তথ্য, – = স্কোর করা হয়নি। মধ্যমা শুধু স্তর আছে এমন ক্ষেত্রগুলোর ওপর হিসাব করা হয়েছে।
report-no-ministries = এই ওয়ার্কস্পেসে এখনো কোনো মন্ত্রণালয় নেই।
report-median-over-ministries = মন্ত্রণালয়গুলোর মধ্যমা

## The distribution per area and the completion list.

# A running header: $section is a section's short name.
report-section-header = { $section } — { $round } ({ $date })
report-distribution-note = প্রতিটি ক্ষেত্রে { $n }টি মন্ত্রণালয়ের মধ্যে কতটি কোন উত্তর দিয়েছে। বারটি উত্তর অনুযায়ী ভাগ করা; সংখ্যাগুলো ডান দিকের কলামে দেওয়া আছে। মধ্যমা শুধু স্তর আছে এমন মন্ত্রণালয়গুলোর ওপর হিসাব করা হয়েছে।
report-answers-across = মন্ত্রণালয়গুলোর উত্তর
report-completion = সম্পন্নতা
report-completion-note = প্রতিটি মন্ত্রণালয়ের { $n }টি ক্ষেত্রের মধ্যে যেগুলোর সম্মত উত্তর (একটি স্তর, NA বা NI) আছে।
report-levels = স্তর
report-status = অবস্থা
report-complete = সম্পন্ন
report-in-progress = চলমান
report-not-started = শুরু হয়নি

## The reasons for a change, the actions' statuses and the groups of moved levels
## (in the reports and in the window).

reason-performance = কর্মসম্পাদনে প্রকৃত পরিবর্তন
reason-evidence = নতুন বা আরও ভালো প্রমাণ
reason-interpretation = ভিন্ন ব্যাখ্যা
reason-earlier-error = আগের স্কোর ভুল ছিল
reason-definition = ক্ষেত্রের সংজ্ঞা বদলেছে
reason-other = অন্যান্য
reason-not-given = কারণ জানানো হয়নি
action-status-planned = পরিকল্পিত
action-status-in-progress = চলমান
action-status-done = সম্পন্ন
action-status-dropped = বাতিল
moved-declined-performance = অবনতি: কর্মসম্পাদনে প্রকৃত পরিবর্তন
moved-improved-performance = উন্নতি: কর্মসম্পাদনে প্রকৃত পরিবর্তন
# $reason is one of the reasons above, in small letters.
moved-rerated = পুনরায় স্কোর করা হয়েছে, কর্মসম্পাদনে পরিবর্তন নয়: { $reason }
moved-declined-no-reason = অবনতি: কারণ জানানো হয়নি
moved-improved-no-reason = উন্নতি: কারণ জানানো হয়নি

## The changes by reason and the actions by area and status (workshop report).

report-reasons = কারণ
report-reasons-note = { $previous } ({ $date })-এর পর থেকে যেসব স্তর বদলেছে, রুমের জানানো কারণ অনুযায়ী সাজানো। শুধু কর্মসম্পাদনে প্রকৃত পরিবর্তনই উন্নতি বা অবনতি; বাকিগুলো পুনরায় স্কোর করা। ইনস্ট্রুমেন্টের বিভিন্ন সংস্করণের মধ্যে তুলনীয় নয় এমন ক্ষেত্র গণনা করা হয়নি।
report-the-previous-round = আগের রাউন্ড
report-no-level-moved = কোনো স্তর বদলায়নি।
report-reason = কারণ
report-areas = ক্ষেত্র
report-where = কোথায় (মন্ত্রণালয়: ক্ষেত্র)
report-actions = পদক্ষেপ
report-actions-note = কর্মশালায় সম্মত পদক্ষেপ, ক্ষেত্র ও অবস্থা অনুযায়ী গণনা করা। প্রতিটি মন্ত্রণালয়ের সারসংক্ষেপে দায়িত্বপ্রাপ্ত, সময়সীমা ও অগ্রগতি পর্যালোচনায় যা পাওয়া গেছে তাসহ পূর্ণ তালিকা দেওয়া আছে।
report-actions-followed = { $previous } ({ $date })-এ সম্মত পদক্ষেপগুলোর অগ্রগতি, এই রাউন্ডে হালনাগাদকৃত
report-actions-agreed-now = এই রাউন্ডে সম্মত, পরের রাউন্ডের জন্য
report-no-actions = কোনো পদক্ষেপ লিপিবদ্ধ হয়নি।
report-all = সব
report-all-areas = সব ক্ষেত্র

## A ministry summary: why scores changed, and the actions.

report-why-changed = স্কোর কেন বদলেছে
report-why-changed-note = শুধু কর্মসম্পাদনে প্রকৃত পরিবর্তনই উন্নতি বা অবনতি; পুনরায় স্কোর করা (নতুন প্রমাণ, ভিন্ন ব্যাখ্যা, আগের ভুল, বদলে যাওয়া সংজ্ঞা) উন্নতি বা অবনতি নয়।
report-no-actions-ministry = এই মন্ত্রণালয়ের জন্য কোনো পদক্ষেপ লিপিবদ্ধ হয়নি।
report-actions-followed-ministry = { $previous } ({ $date })-এ সম্মত পদক্ষেপগুলোর অগ্রগতি
report-action-and-follow-up = পদক্ষেপ ও অগ্রগতি
report-owner-and-due = দায়িত্বপ্রাপ্ত ও সময়সীমা
report-follow-up = অগ্রগতি: { $text }
report-due = সময়সীমা { $date }

## A ministry summary: the table of areas.

report-discussed = আলোচনার সময় { $time }
report-no-votes = কোনো ভোট লিপিবদ্ধ হয়নি
report-vote-median = মধ্যমা { $median }
report-vote-agreement = ঐকমত্য { $agreement }
report-agreed-level = সম্মত স্তর
report-votes-in-room = রুমের ভোট
report-rationale-and-evidence = যৌক্তিকতা ও প্রমাণ
report-scores-title = স্কোর, যৌক্তিকতা ও প্রমাণ
report-no-rationale = কোনো যৌক্তিকতা লিপিবদ্ধ হয়নি।
report-no-evidence = প্রমাণ: কিছু লিপিবদ্ধ হয়নি।
report-evidence = প্রমাণ
report-table-rationale = টেবিলের যৌক্তিকতা
report-table-evidence = টেবিলের প্রমাণ
report-room-differs = রুম কেন ভিন্ন উত্তরে একমত হয়েছে
report-dissent = ভিন্নমত বা সংখ্যালঘুর মত
report-table-proposed = টেবিলের প্রস্তাব
report-no-answer-yet = এখনো কোনো উত্তর নেই
report-why-it-changed = কেন বদলেছে
report-assessment-notes = এই মূল্যায়ন সম্পর্কে নোট
report-summary-method = পদ্ধতি: { $note } ঐকমত্য = সবচেয়ে বেশি ভোট পাওয়া উত্তরের পক্ষে প্রদত্ত ভোটের অনুপাত।
report-trend-title = ক্ষেত্রভিত্তিক প্রবণতা
report-trend-note = ওয়ার্কস্পেসের প্রতিটি রাউন্ডে ({ $n ->
        [one] { $n }টি রাউন্ড
       *[other] { $n }টি রাউন্ড
    }) সম্মত স্তর, তারিখ অনুযায়ী সাজানো; ড্যাশযুক্ত রেখা ও বড় বিন্দু এই রাউন্ড নির্দেশ করে। NA, NI ও – (স্কোর করা হয়নি) নিচে লেখা থাকে এবং রেখায় ফাঁক রাখে।

## A ministry summary: page one.

report-summary-kicker = মন্ত্রণালয়ের সারসংক্ষেপ · { $round }
# Added to the round's line when it was scored with another instrument version.
report-summary-scored-with = ; ইনস্ট্রুমেন্টের সংস্করণ { $version } দিয়ে স্কোর করা হয়েছে
report-first-round = নেই: এটি প্রথম রাউন্ড
report-code = কোড
report-generated-label = তৈরির তারিখ
report-median-between = { $low } ও { $high }-এর মধ্যে
report-no-levels-agreed = কোনো সম্মত স্তর নেই
report-coverage = আওতা
report-coverage-note = { $levels }টি স্তর · { $na }টি NA · { $ni }টি NI · { $unscored }টি স্কোর করা হয়নি
report-median-level = মধ্যমা স্তর
report-mean = গড় (নির্দেশক মান)
report-mean-note = ক্রমসূচক স্কেল: সতর্কতার সঙ্গে পড়ুন
report-change-since = আগের রাউন্ডের পর থেকে পরিবর্তন
report-nothing-to-compare = প্রথম রাউন্ড: তুলনার কিছু নেই
report-change-note = { $unchanged }টি অপরিবর্তিত, { $newly }টিতে নতুন করে স্তর দেওয়া হয়েছে, { $gone }টিতে এখন কোনো স্তর নেই
# Added to the note above when some levels were re-rated.
report-change-rerated = ; { $n }টি পুনরায় স্কোর করা হয়েছে, কর্মসম্পাদনে পরিবর্তন নয়
report-profile = ক্ষেত্রভিত্তিক চিত্র
report-legend-this-round = { $round } ({ $date }): এই রাউন্ড
report-legend-previous-round = { $round } ({ $date }): আগের রাউন্ড
# The change table's heads: the previous level, the level now, the change.
report-prev = আগে
report-now = এখন
report-change = পরিবর্তন
report-change-table-note = পরিবর্তন = এই রাউন্ডের স্তর বিয়োগ আগের রাউন্ডের স্তর। "নতুন স্তর": এখন স্তর আছে, আগে ছিল না (স্কোর করা হয়নি, NA বা NI); "এখন স্তর নেই": এর বিপরীত।
report-change-table-first = আগের কোনো রাউন্ড নেই: পরের রাউন্ড থেকে পরিবর্তন দেখানো হবে।
report-rerated-by = পুনরায় স্কোর { $by }
report-new-level = নতুন স্তর
report-no-level-now = এখন স্তর নেই
report-not-comparable = তুলনীয় নয়

## The method annex.

report-method = পদ্ধতি
report-annex-note = এই স্কোরগুলো কীভাবে নির্ধারিত হয়েছে: পাঠকের বিচারের জন্য এবং পরের রাউন্ডে তুলনার জন্য যা জানা প্রয়োজন।
report-scale = স্কেল
report-voting = ভোটগ্রহণ
report-aggregation = একত্রীকরণ
report-participation = অংশগ্রহণ
report-history = ইতিহাস
report-reasons-for-change = পরিবর্তনের কারণ
report-data-date = তথ্যের তারিখ
# One round in the list of rounds and their instrument versions.
report-annex-version = { $round } ({ $date }): সংস্করণ { $version }
report-annex-instrument = { $instrument }। রাউন্ড: { $versions }।
report-annex-scale = { $levels }। { $na } ({ $na_code }): { $na_meaning } { $ni } ({ $ni_code }): { $ni_meaning } কোনোটিই সংখ্যা নয়: মধ্যমা ও গড় থেকে দুটিই বাদ রাখা হয়।
# What NA and NI mean when the instrument does not say.
report-annex-na = ক্ষেত্রটি প্রযোজ্য নয়।
report-annex-ni = হাতে থাকা তথ্যের ভিত্তিতে রুম কোনো স্তরে একমত হতে পারেনি।
report-annex-aggregation = { $note } আওতা: { $areas }টি ক্ষেত্রের মধ্যে { $answered }টির সম্মত উত্তর আছে ({ $levels }টি স্তর, { $na }টি NA, { $ni }টি NI)।
report-voted-phones-cards = ফোন ও কার্ড
report-voted-phones = ফোন
report-voted-cards = সঞ্চালকের গণনা করা কার্ড
report-voted-none = কোনো ভোট লিপিবদ্ধ হয়নি
report-annex-voting = ভোটের মাধ্যম: { $how }। { $card_areas }টি ক্ষেত্রে { $cards }টি কার্ড-ভোট, { $phone_areas }টি ক্ষেত্রে { $phones }টি ফোন-ভোট। ফোনের ভোট বেনামি (শুধু সংখ্যা রাখা হয়; প্রতি ফোন ও ক্ষেত্রে একটি ভোট)। সম্মত উত্তর হলো আলোচনার পর রুমের সিদ্ধান্ত, ভোটের গণনা নয়।
report-annex-participants = কর্মশালা: { $total } জন অংশগ্রহণকারী ({ $women } জন নারী, { $men } জন পুরুষ, { $other } জন অন্যান্য)।
report-annex-people = { $n } জনের উপস্থিতি লিপিবদ্ধ হয়েছে।
report-annex-people-for = { $ministries }টি মন্ত্রণালয়ের জন্য { $n } জনের উপস্থিতি লিপিবদ্ধ হয়েছে।
report-annex-offices = দপ্তর: { $offices }।
report-not-recorded = লিপিবদ্ধ হয়নি।
report-chain-intact = হ্যাশ-শৃঙ্খল অক্ষত আছে
report-chain-broken = সতর্কতা: এন্ট্রি { $entry }-এ অ্যাপের বাইরে ইতিহাস পরিবর্তন করা হয়েছে
report-chain-emptied = সতর্কতা: অ্যাপের বাইরে ইতিহাসের অংশ কেটে ফেলা হয়েছে
report-annex-history = এই রাউন্ডে { $n }টি পরিবর্তন লিপিবদ্ধ হয়েছে; { $chain }। পূর্বাবস্থায় ফেরালে একটি নতুন এন্ট্রি যোগ হয়; কোনো এন্ট্রি কখনো মুছে ফেলা হয় না।
report-annex-no-change = আগের রাউন্ডের পর থেকে তুলনীয় কোনো ক্ষেত্রের সম্মত উত্তর বদলায়নি।
report-annex-reasons = আগের রাউন্ডের পর থেকে { $n }টি তুলনীয় ক্ষেত্র বদলেছে; কারণ: { $used }। শুধু কর্মসম্পাদনে প্রকৃত পরিবর্তনই উন্নতি বা অবনতি হিসেবে গণ্য; বাকিগুলো পুনরায় স্কোর করা।
report-annex-no-time = কোনো রেকর্ডে সময় উল্লেখ নেই
report-annex-last-change = কোনো রেকর্ডে সর্বশেষ পরিবর্তন: { $time }

## The table sheets (one page per ministry's table).

report-sheet-header = টেবিলের শিট · { $code } · { $round }
report-sheets-title = { $round } – টেবিলের শিট
report-sheets-subject = CODI টেবিলের শিট
report-sheet-round = { $round } · টেবিলভিত্তিক স্কোরিং
report-sheet-scan = কর্মশালার Wi-Fi-তে যুক্ত ফোন, ট্যাবলেট বা ল্যাপটপে কোডটি স্ক্যান করুন, অথবা খুলুন:
# $code is the table's code, e.g. K7P2QX.
report-sheet-code = টেবিলের কোড: { $code }। এই শিটটি আপনার টেবিলে রাখুন: এই কোড দিয়ে শুধু আপনার মন্ত্রণালয় খোলে।
report-sheet-no-device = কোনো ডিভাইস নেই? এই শিটে প্রতিটি ক্ষেত্রের জন্য একটি ঘরে টিক দিন এবং শিটটি সঞ্চালকের কাছে জমা দিন।
# How much of a ministry's round is answered.
coverage-describe = { $answered }/{ $areas } উত্তর দেওয়া হয়েছে ({ $levels }টি স্তর, { $na }টি NA, { $ni }টি NI)
# A change in short: $by is e.g. +1 or -2.
change-rerated = পুনরায় স্কোর { $by }
change-new = নতুন
change-dropped = বাদ পড়েছে
change-not-comparable = তুলনীয় নয়

## On every page.
# Above every page of a report whose round has not been validated (review and sign-off).
report-draft = খসড়া: অনুমোদিত নয়
report-draft-under-review = খসড়া: পর্যালোচনাধীন, এখনো অনুমোদিত হয়নি

## Review and sign-off (method annex)
report-review = পর্যালোচনা
report-review-draft = খসড়া: এখনো পর্যালোচনার জন্য পাঠানো হয়নি।
# $by is who took the step and $date the day, already written the language's way.
report-review-under-review = পর্যালোচনাধীন: { $date } তারিখে { $by } পর্যালোচনার জন্য পাঠিয়েছেন।
report-review-validated = { $date } তারিখে { $by } অনুমোদন করেছেন।
report-review-returned = আবার খসড়া: { $date } তারিখে { $by } ফেরত দিয়েছেন।
# A reopening of a validated round, with its reason.
report-review-reopened = { $date } তারিখে { $by } আবার খুলেছেন: { $reason }।
report-comments-title = পর্যালোচকদের মন্তব্য ও জবাব
# Column heads of the comments matrix: where (ministry and area number), the comment, the response, resolved or not.
report-comments-where = মন্ত্রণালয়: ক্ষেত্র
report-comments-comment = মন্তব্য (পর্যালোচক)
report-comments-response = জবাব
report-comments-resolved = নিষ্পন্ন
report-comments-yes = হ্যাঁ
report-comments-open = অনিষ্পন্ন

## Review and sign-off (method annex)
# The files merged into the round (a national exercise across rooms): the annex row.
report-sources = যেসব ফাইল একীভূত করা হয়েছে
# $file is the other workspace's title; $date the day of the merge; $fields how many fields it brought.
report-source = { $file }, { $date } তারিখে একীভূত: { $fields }টি ফিল্ড
# As report-source, with $place the venue and facilitator it gave for the round.
report-source-place = { $file } ({ $place }), { $date } তারিখে একীভূত: { $fields }টি ফিল্ড
# The heatmap grouped by cluster (report --by-cluster): a band above each cluster's ministries with the cluster's median per area.
report-cluster-band = { $cluster } ({ $n ->
        [one] { $n }টি মন্ত্রণালয়
       *[other] { $n }টি মন্ত্রণালয়
    }): মধ্যমা
report-no-cluster = কোনো ক্লাস্টার নেই
# Under an area's rationale and evidence: the workspace file (its title) this record came from in a merge.
report-record-source = যে ফাইল থেকে একীভূত: { $file }
# Text alternatives of the charts, read aloud by screen readers (the PDF's figures, the app's radar).
# $areas is a list of report-alt-area or report-alt-area-was joined with commas.
report-alt-radar = { $ministry }-এর রাডার চার্ট, { $round }: { $areas }।
report-alt-radar-against = { $ministry }-এর রাডার চার্ট, { $round } বনাম { $previous }: { $areas }।
report-alt-area = { $area } { $answer }
report-alt-area-was = { $area } { $answer } (আগে: { $was })
report-alt-na = প্রযোজ্য নয়
report-alt-ni = অপর্যাপ্ত তথ্য
report-alt-unscored = স্কোর করা হয়নি
# $points is a list of report-alt-trend-point joined with commas, oldest round first.
report-alt-trend = { $n }টি রাউন্ড জুড়ে { $ministry }-এর { $area } ক্ষেত্রের প্রবণতা: { $points }।
report-alt-trend-point = { $round } { $answer }
# $parts is a list of report-alt-count joined with commas.
report-alt-distribution = { $area } ক্ষেত্রে মন্ত্রণালয়গুলোর উত্তর: { $parts }।
report-alt-count = { $answer }: { $count }টি মন্ত্রণালয়
# The QR code on a table sheet, read aloud by screen readers.
report-alt-qr = { $url } খোলার QR কোড

## Handouts for the room (codi-workshop handout): one page each.
handout-subject = CODI কর্মশালার হ্যান্ডআউট
handout-keys-title = সঞ্চালকের জন্য কিবোর্ড শর্টকাট
handout-keys-sub = এটি ল্যাপটপের পাশে রাখুন। অ্যাপে F1 চাপলে এই একই তালিকা দেখা যায়।
handout-keys-note = টেক্সট বক্সে কার্সর থাকলে কোনো কী-ই কাজ করে না: যৌক্তিকতার বক্সে 1 লিখলে তা লেখা হিসেবেই থাকে। Esc চাপলে বক্স থেকে বের হওয়া যায়; Tab দিয়ে প্রতিটি কন্ট্রোলে পৌঁছানো যায়।
handout-phone-title = ফোন থেকে ভোট দিন
handout-phone-sub = কোনো অ্যাপ, অ্যাকাউন্ট বা ইন্টারনেট লাগবে না: শুধু কর্মশালার Wi-Fi।
handout-phone-scan = ফোনের ক্যামেরা দিয়ে কোডটি স্ক্যান করুন, অথবা এই ঠিকানাটি লিখুন:
handout-phone-wifi = কর্মশালার Wi-Fi নেটওয়ার্কে যুক্ত হোন (নেটওয়ার্কের নাম সঞ্চালকের কাছে জেনে নিন)। মোবাইল ডেটা দিয়ে ল্যাপটপে পৌঁছানো যায় না।
handout-phone-open = প্রজেক্টরে দেখানো QR কোডটি স্ক্যান করুন, অথবা সেখানে দেখানো ঠিকানাটি শুরুর http:// সহ আপনার ব্রাউজারে লিখুন।
handout-phone-code = পৃষ্ঠাটি কোড চাইলে প্রজেক্টরে দেখানো কোডটি লিখুন। বড় হাতের বা ছোট হাতের অক্ষর, দুটোই চলবে।
handout-phone-tap = পৃষ্ঠায় যে ক্ষেত্র নিয়ে আলোচনা চলছে সেটি দেখানো হয়। আপনার স্তরে, অথবা ‘প্রযোজ্য নয়’ বা ‘অপর্যাপ্ত তথ্য’-তে ট্যাপ করুন।
handout-phone-change = সঞ্চালক ভোট প্রকাশ না করা পর্যন্ত আপনি আপনার ভোট বদলাতে পারবেন। আপনার বাছাইটি পৃষ্ঠায় একটি টিকচিহ্ন দিয়ে দেখানো হয়।
handout-phone-reveal = ভোট প্রকাশের পর রুমে উপস্থিত সবাই ভোটের বণ্টন নিয়ে আলোচনা করে একটি স্তরে একমত হন। পৃষ্ঠাটি খোলা রাখুন: এটি নিজে থেকেই পরের ক্ষেত্রে চলে যায়।
handout-phone-private-title = আপনার ভোট বেনামি
handout-phone-private = অ্যাপটি শুধু প্রতিটি উত্তরের ভোটসংখ্যা রাখে। কে ভোট দিয়েছেন বা কোনো একজন কী বেছে নিয়েছেন, তা এটি কখনো লিপিবদ্ধ করে না, এবং আপনার ফোন সম্পর্কে কিছুই সংরক্ষণ করে না।
handout-phone-trouble-title = কাজ না করলে
handout-phone-trouble = আপনি কর্মশালার Wi-Fi-তে যুক্ত আছেন কি না দেখে নিন, এবং ঠিকানাটি শুরুতে http:// সহ লিখুন। তবুও না খুললে কার্ড দিয়ে ভোট দিন: সঞ্চালক কার্ড ও ফোনের ভোট একসঙ্গে গণনা করেন।
handout-about-title = CODI: এটি কী এবং আজকের কর্মশালা কীভাবে চলবে
handout-about-sub = রুমে উপস্থিত সবার জন্য।
handout-about-what = মূল ডায়াগনস্টিক ইনস্ট্রুমেন্ট (Core Diagnostic Instrument, CODI) হলো আন্তঃসংস্থা সামাজিক সুরক্ষা মূল্যায়ন (Inter-Agency Social Protection Assessment, ISPA) টুলগুলোর একটি; উন্নয়ন সহযোগীরা যৌথভাবে এই টুলগুলো তৈরি করেছে এবং এগুলো বিনামূল্যে ব্যবহার করা যায়। এটি কোনো একক কর্মসূচি নয়, বরং একটি দেশের সমগ্র সামাজিক সুরক্ষা ব্যবস্থা মূল্যায়ন করে, এবং কয়েক বছর পরপর আবার করা হয়, যাতে প্রতিটি মন্ত্রণালয় দেখতে পারে তার কাজ কীভাবে বদলেছে। এটি দেশগুলোর মধ্যে তুলনা করে না। আজ প্রতিটি মন্ত্রণালয় দশটি কর্মসম্পাদন ক্ষেত্রে নিজের কাজের স্কোর করবে।
handout-about-areas = দশটি ক্ষেত্র
handout-about-levels = স্তরগুলো, এবং স্তর নয় এমন দুটি উত্তর
handout-about-today = আজ প্রতিটি ক্ষেত্রের কাজ যেভাবে চলবে
handout-about-step-read = সঞ্চালক ক্ষেত্রটি ও এর সহায়ক প্রশ্নগুলো পড়ে শোনান।
handout-about-step-vote = আপনারা প্রমাণ নিয়ে আলোচনা করেন, তারপর সবাই একসঙ্গে কার্ড বা ফোন দিয়ে ভোট দেন।
handout-about-step-reveal = সব ভোট একসঙ্গে প্রকাশ করা হয়, যাতে কেউ প্রথমে হাত তোলা ব্যক্তিকে অনুসরণ না করেন।
handout-about-step-agree = রুমে উপস্থিত সবাই ভোটের বণ্টন নিয়ে আলোচনা করে একটি উত্তরে একমত হন। ভোট এই সিদ্ধান্তে সহায়তা করে, কিন্তু সিদ্ধান্ত নির্ধারণ করে না।
handout-about-step-record = যৌক্তিকতা ও প্রমাণ লিখে রাখা হয়, কোনো ভিন্নমত থাকলে সেটিও, যাতে পরের রাউন্ডে কারণটি বোঝা যায়।
handout-about-note = ‘প্রযোজ্য নয়’ ও ‘অপর্যাপ্ত তথ্য’ কখনো স্তর হিসেবে গণ্য হয় না। ভোট বেনামি: শুধু ভোটের সংখ্যা রাখা হয়।
