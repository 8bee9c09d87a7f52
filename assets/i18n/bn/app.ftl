# CODI Workshop: English, the reference language. Every other language has the same
# message ids, variables and attributes (tests/i18n.rs checks it).

language-name = বাংলা

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-choose-level = স্তরে একমত হোন (ভোট প্রকাশের পর: এরপর যৌক্তিকতা)
action-not-applicable = প্রযোজ্য নয়
action-insufficient-info = অপর্যাপ্ত তথ্য
action-clear-answer = সম্মত উত্তর মুছে ফেলুন
action-previous-area = আগের ক্ষেত্র
action-next-area = পরের ক্ষেত্র
action-first-area = প্রথম ক্ষেত্র
action-summary-page = সারসংক্ষেপ পৃষ্ঠা
action-quick-tally = কার্ড গণনা, যেমন 035 (Enter: প্রয়োগ ও প্রকাশ)
action-reveal-votes = ভোট প্রকাশ করুন, বা আবার লুকান
action-go-to-rationale = যৌক্তিকতা লিখুন
action-save-and-next = সম্পন্ন: পরের বাকি ক্ষেত্র (টেক্সট বক্স থেকেও)
action-questions = রুম ভিউতে সহায়ক প্রশ্ন
action-timer = আলোচনার টাইমার শুরু বা বিরতি করুন
action-second-screen = রুম ভিউ উপস্থাপন করুন (আবার চাপলে: ফিরে আসুন)
    .tooltip = দ্বিতীয় ডিসপ্লে থাকলে সেখানে
action-room-voting = ফোনে ভোটগ্রহণ শুরু বা বন্ধ করুন
action-join-page = ফোনে ভোটগ্রহণের সময়: যোগ দেওয়ার বড় QR কোড ও ঠিকানা
action-accept-proposal = টেবিলভিত্তিক স্কোরিং: টেবিলের প্রস্তাব সম্মত উত্তর হিসেবে গ্রহণ করুন
action-leave-session = বক্স বা কন্ট্রোল থেকে বের হোন; আবার চাপলে: ওয়ার্কস্পেস
action-move-in-table = মন্ত্রণালয়ের টেবিল: সেলগুলোর মধ্যে চলাচল (Tab চাপলে টেবিলে যাবে)
action-score-cell = মন্ত্রণালয়ের টেবিল: বাছাই করা সেলের স্কোরিং করুন
action-score-next = সর্বশেষ রাউন্ডে পরের মন্ত্রণালয়ের স্কোরিং করুন
action-present = উপস্থাপন: শুধু চার্ট, বড় করে (আবার চাপলে: বের হোন)
action-end-presentation = উপস্থাপন থেকে বের হোন
action-previous-page = উপস্থাপিত প্রবণতা: আগের ক্ষেত্রগুলো
action-next-page = উপস্থাপিত প্রবণতা: পরের ক্ষেত্রগুলো
action-submit = ডায়ালগ সংরক্ষণ করুন, বা এক লাইনের বক্সের লেখা যোগ করুন
action-undo = পূর্বাবস্থায় ফেরান
action-redo = পুনরায় করুন
action-zoom-in = জুম ইন
action-zoom-out = জুম আউট
action-zoom-reset = জুম রিসেট
action-fullscreen = পূর্ণ পর্দা
action-open = খুলুন...
action-save-as = ভিন্ন নামে সংরক্ষণ...
action-help = কিবোর্ড শর্টকাট
action-new-workspace = নতুন ওয়ার্কস্পেস
    .tooltip = একটি খালি ওয়ার্কস্পেস; আপনি জায়গা বেছে না নেওয়া পর্যন্ত নিজে থেকেই সংরক্ষিত হয়
action-new-with-instrument = অন্য ইনস্ট্রুমেন্টসহ নতুন ওয়ার্কস্পেস...
    .tooltip = একটি ইনস্ট্রুমেন্ট ফাইল (JSON) দিয়ে স্কোর করার জন্য খালি ওয়ার্কস্পেস
action-use-instrument = নতুন রাউন্ডে ইনস্ট্রুমেন্টের অন্য সংস্করণ ব্যবহার...
    .tooltip = আগের রাউন্ডগুলো যে সংস্করণে স্কোর করা হয়েছিল, সেটিই থাকবে
action-open-demo = ডেমো ওয়ার্কস্পেস খুলুন
    .tooltip = অ্যাপটি চালিয়ে দেখার জন্য একটি কাল্পনিক ওয়ার্কস্পেস; আপনার ফাইলে কোনো পরিবর্তন হয় না
action-import = স্কোর ইমপোর্ট (CSV, Excel, OpenDocument)...
    .tooltip = ফাইল থেকে স্কোর; কী কী বদলায় তার তালিকা দেখানো হয়, এবং তা পূর্বাবস্থায় ফেরানো যায়
action-export-csv = CSV এক্সপোর্ট...
    .tooltip = সব স্কোর, প্রতি ক্ষেত্রে একটি সারি, অন্যান্য প্রোগ্রামের জন্য
action-export-xlsx = Excel ওয়ার্কবুক এক্সপোর্ট...
    .tooltip = সব স্কোর ও রাউন্ডগুলোর বিবরণ, প্রতিটি আলাদা শিটে
action-table-template = টেবিলের জন্য Excel টেমপ্লেট...
    .tooltip = সর্বশেষ রাউন্ডের একটি ওয়ার্কবুক, যা মন্ত্রণালয়ের টেবিল অফলাইনে পূরণ করে
action-ministry-pdf = PDF এক্সপোর্ট: এই মন্ত্রণালয়ের সারসংক্ষেপ...
    .tooltip = স্কোরিং সেশনে খোলা মন্ত্রণালয়ের জন্য দুই পৃষ্ঠা
action-workshop-pdf = PDF এক্সপোর্ট: কর্মশালার প্রতিবেদন...
    .tooltip = রাউন্ডের সব মন্ত্রণালয়, পদ্ধতি-সংযুক্তিসহ
action-show-workspace = ওয়ার্কস্পেস
action-show-results = ফলাফল
action-radar = ফলাফল: রাডার
action-trend = ফলাফল: প্রবণতা
action-heatmap = ফলাফল: হিটম্যাপ
action-changes = ফলাফল: পরিবর্তন
action-history = ফলাফল: ইতিহাস
action-light-theme = হালকা থিম (উচ্চ কনট্রাস্ট)
action-dark-theme = গাঢ় থিম
action-about = CODI Workshop সম্পর্কে
action-open-data-folder = ডেটা ফোল্ডার খুলুন
    .tooltip = কখনো সংরক্ষণ না করা ওয়ার্কস্পেস ও ব্যাকআপ যেখানে রাখা হয়

# A menu item about a round: the action's text without its "...", then the round.
action-with-round = { $action } ({ $round })...
# A key pressed when its action cannot be taken: the action, then why.
action-not-now = { $action }: { $why }।

## Why an action is not available now (shown on the greyed item and after a key).

unavailable-nothing-to-undo = পূর্বাবস্থায় ফেরানোর কিছু নেই
unavailable-nothing-to-redo = পুনরায় করার কিছু নেই
unavailable-add-a-round = আগে একটি রাউন্ড যোগ করুন
unavailable-open-scoring = আগে কোনো মন্ত্রণালয়ের স্কোরিং সেশন খুলুন
unavailable-workspace-shown = ওয়ার্কস্পেস দেখানো হচ্ছে
unavailable-results-shown = ফলাফল দেখানো হচ্ছে

## The menu bar.

menu-file = ফাইল
menu-edit = সম্পাদনা
menu-view = দেখুন
menu-help = সহায়তা
menu-open-recent = সাম্প্রতিক ফাইল খুলুন
menu-no-recent = সাম্প্রতিক কোনো ফাইল নেই
menu-language = ভাষা
menu-bangla-digits = বাংলা সংখ্যা (০১২৩)
menu-go-workspace = ◀ ওয়ার্কস্পেস
menu-go-results = ফলাফল ▶

## The hint line under a scoring page: a key, then one short word.

hint-level = স্তর
hint-na = NA
hint-ni = NI
hint-tally = গণনা
hint-reveal = প্রকাশ
hint-rationale = যুক্তি
hint-next = পরবর্তী
hint-questions = প্রশ্ন
hint-timer = টাইমার
hint-present = উপস্থাপন
hint-back = ফিরুন
hint-every-key = F1: সব কী

## Help: the key list (F1) and About.

help-keys-title = কিবোর্ড শর্টকাট
help-about-title = CODI Workshop সম্পর্কে
help-close = বন্ধ করুন (Esc)
help-scope-global = যেকোনো জায়গায়
help-scope-scoring = স্কোরিং পৃষ্ঠায়
help-scope-workspace = ওয়ার্কস্পেস স্ক্রিনে
help-scope-results = ফলাফলের স্ক্রিনগুলোতে
help-scope-boxes = ডায়ালগ বা এক লাইনের বক্সে
help-typing-note = টেক্সট বক্সে কার্সর থাকলে শুধু একটি কী চাপলে কোনো কাজ হয় না; Esc চাপলে বক্স থেকে বের হওয়া যায়।
about-version = সংস্করণ
about-instrument = অন্তর্নির্মিত ইনস্ট্রুমেন্ট
about-instrument-value = { $title } (সংস্করণ { $version })
about-workspace = এই ওয়ার্কস্পেস
about-workspace-value = নতুন রাউন্ডে সংস্করণ { $version } ব্যবহৃত হয়
about-data-folder = ডেটা ফোল্ডার
about-open-data-folder = ডেটা ফোল্ডার খুলুন
about-no-data-folder = নেই: এই সিস্টেমে কোনো হোম ফোল্ডার নেই
about-licences = লাইসেন্স
about-language = ইন্টারফেসের ভাষা
about-translation-note = বাংলা, স্প্যানিশ ও ফরাসি লেখাগুলো ডেভেলপারদের লেখা; আনুষ্ঠানিক ব্যবহারের আগে মাতৃভাষীদের পর্যালোচনার অপেক্ষায় আছে।

## The workspace screen.

workspace-title = ওয়ার্কস্পেসের শিরোনাম
workspace-instrument = ইনস্ট্রুমেন্ট: { $title } (সংস্করণ { $version })
workspace-language = রুম, ফোন ও প্রতিবেদনের ভাষা
workspace-language-tip = প্রজেক্টর, অংশগ্রহণকারীদের ফোন ও PDF প্রতিবেদনে যে ভাষা দেখানো হয়। আপনার মেনুগুলো দেখুন › ভাষা-তে বেছে নেওয়া ভাষাতেই থাকবে।

## The room view: what the projector shows (in the workspace's language).

room-not-scored = এখনো স্কোর করা হয়নি
room-agreed = সম্মত উত্তর: { $answer }
room-last-round = গত রাউন্ড ({ $date }): { $answer }
room-last-round-not-comparable = গত রাউন্ড ({ $date }): { $answer } (তারপর ক্ষেত্রটি বদলেছে: তুলনীয় নয়)
room-table-proposed = টেবিলের প্রস্তাব: { $answer }
room-stats = n = { $n } · মধ্যমা { $median } · ঐকমত্য { $agreement }
room-questions-title = সহায়ক প্রশ্ন
room-no-questions = এই ক্ষেত্রে কোনো সহায়ক প্রশ্ন নেই।
room-questions-back = Q বা Esc: স্তরগুলোতে ফিরুন
room-clock-over = নির্ধারিত সময়ের চেয়ে { $time } বেশি
join-open = ফোনে ভোট · { $voted } জন ভোট দিয়েছেন
join-closed = ফোনে ভোট বন্ধ · { $voted } জন ভোট দিয়েছেন
join-no-address = ফোন থেকে পৌঁছানো যায় এমন কোনো ঠিকানা নেই।
join-title = ভোটে যোগ দিন
join-step-wifi = 1. এই ল্যাপটপ যে Wi-Fi-তে আছে, আপনার ফোনও সেই Wi-Fi-তে যুক্ত করুন।
join-step-scan = 2. ক্যামেরা দিয়ে কোডটি স্ক্যান করুন, অথবা খুলুন:
join-voted-here = এই ক্ষেত্রে { $voted } জন ভোট দিয়েছেন
join-privacy = কোনো অ্যাকাউন্ট বা অ্যাপ লাগবে না। আপনার ফোন শুধু একটি এলোমেলো নম্বর রাখে, যাতে একবারই ভোট দেওয়া যায়; আপনি কী বেছে নিয়েছেন তা কেউ দেখতে পারে না।
join-back = J বা Esc: স্তরগুলোতে ফিরুন

## The facilitator's panel: counting votes.

votes-card-count = কার্ড গণনা
votes-entered = { $n ->
    [one] { $n }টি ভোট লিপিবদ্ধ হয়েছে
   *[other] { $n }টি ভোট লিপিবদ্ধ হয়েছে
}
votes-entered-phones = { $n }টি ভোট লিপিবদ্ধ হয়েছে ({ $phones }টি ফোন + { $cards }টি কার্ড)
votes-hide = ভোট লুকান
votes-reveal = ভোট প্রকাশ করুন
votes-clear = ভোট মুছে ফেলুন
votes-one-by-one = একটি একটি করে গণনা করুন
votes-tally-hint = T, তারপর যেমন 2:3 3:5
votes-one-less = { $answer }-এর পক্ষে একটি ভোট কম
votes-one-more = { $answer }-এর পক্ষে একটি ভোট বেশি
votes-for = { $answer }-এর পক্ষে ভোট
votes-for-hidden = { $answer }-এর পক্ষে ভোট: প্রকাশ না করা পর্যন্ত লুকানো
votes-agree-median = মধ্যমায় একমত হোন: { $answer }
votes-last-round = গত রাউন্ড ({ $date })
votes-area-changed = তারপর থেকে ইনস্ট্রুমেন্টে এই ক্ষেত্রটি বদলেছে।

## The scoring page's strip of areas.

scoring-gone = এই রাউন্ড বা মন্ত্রণালয় আর নেই।
scoring-back-to-workspace = ওয়ার্কস্পেসে ফিরুন
scoring-previous = ◀ আগের ক্ষেত্র
scoring-previous-tip = আগের ক্ষেত্র (←)
scoring-next = পরের ক্ষেত্র ▶
scoring-next-tip = পরের ক্ষেত্র (→)
scoring-area-not-scored = স্কোর করা হয়নি
scoring-area-answer = উত্তর { $answer }
scoring-go-to-area = ক্ষেত্র { $number }-এ যান: { $area } ({ $state })
scoring-summary = সারসংক্ষেপ
scoring-go-to-summary = সারসংক্ষেপ পৃষ্ঠায় যান

## Banners over the screen, the status line and the window's title.

banner-not-saved = সংরক্ষণ হয়নি: { $error }। আপনার কাজ মেমোরিতে রাখা আছে এবং আবার সংরক্ষণের চেষ্টা করা হচ্ছে।
banner-conflict = খোলার পর থেকে অন্য একটি প্রোগ্রাম { $path } পরিবর্তন করেছে। আপনার সংস্করণ মেমোরিতে রাখা আছে, ফাইলে লেখা হয়নি।
banner-conflict-overwrite = আমার সংস্করণ দিয়ে প্রতিস্থাপন করুন
banner-conflict-reload = অন্য সংস্করণটি লোড করুন
banner-conflict-save-mine = আমার সংস্করণ ভিন্ন নামে সংরক্ষণ...
banner-open-elsewhere = এই ওয়ার্কস্পেসটি অন্য একটি উইন্ডোতেও খোলা আছে। দুটি উইন্ডো থেকেই সম্পাদনা করা যায়: জিজ্ঞাসা না করে সংরক্ষণ কখনো অন্য উইন্ডোর পরিবর্তন প্রতিস্থাপন করে না, তবে সম্ভব হলে একটি উইন্ডোতেই কাজ করুন।
banner-recovery = ফাইলে কখনো সংরক্ষণ করা হয়নি এমন একটি ওয়ার্কস্পেস পাওয়া গেছে{ $when }।
banner-recovery-when = { " " }(সর্বশেষ পরিবর্তন { $when })
banner-recovery-restore = এটি পুনরুদ্ধার করুন
banner-recovery-set-aside = এটি সরিয়ে রাখুন
banner-export-making = { $what } তৈরি করা হচ্ছে, { $path }…
banner-export-cancelling = বাতিল করা হচ্ছে: { $path }-এ কিছুই লেখা হবে না…
banner-export-cancel = এক্সপোর্ট বাতিল করুন
banner-progress = { $total }টির মধ্যে { $done }টি
banner-saving-as = ওয়ার্কস্পেসটি { $path }-এ সংরক্ষণ করা হচ্ছে…
banner-import-reading = { $path } পড়া হচ্ছে… পড়া শেষ না হওয়া পর্যন্ত কিছুই বদলাবে না।
banner-import-rows = { $rows }টি সারি পড়া হয়েছে
banner-import-cancel = ইমপোর্ট বাতিল করুন
banner-open-folder = ফোল্ডারটি খুলুন
banner-dismiss = বন্ধ করুন
status-saved = ✔ সব পরিবর্তন সংরক্ষিত হয়েছে
status-saving = সংরক্ষণ করা হচ্ছে…
status-failed = সংরক্ষণ হয়নি: ওপরের বার্তা দেখুন
status-conflict = সংরক্ষণ হয়নি: ফাইলটি অন্য কোথাও পরিবর্তন করা হয়েছে
status-zoom = · জুম { $percent }%
title-unsaved = { $title } (ফাইলে সংরক্ষিত নয়)
title-saved = সব পরিবর্তন সংরক্ষিত
title-saving = সংরক্ষণ হচ্ছে…
title-failed = সংরক্ষণ হয়নি
title-conflict = সংরক্ষণ হয়নি: ফাইল অন্যত্র বদলেছে
location-file = ফাইল: { $path }
location-autosaved = এখনো আপনার নিজের কোনো ফাইলে নেই: নিজে থেকেই { $path }-এ সংরক্ষিত হয়েছে। ফাইল বেছে নিতে ফাইল › ভিন্ন নামে সংরক্ষণ... ব্যবহার করুন।
location-unsaved = কোনো ফাইলে সংরক্ষিত নয়। সম্পাদনা করলেই পরিবর্তনগুলো নিজে থেকে সংরক্ষিত হয়।

## Messages after an action.

msg-time-not-recorded = আলোচনার সময় লিপিবদ্ধ করা যায়নি: { $error }।
msg-could-not-open = { $path } খোলা যায়নি: { $error }
msg-all-scored = সর্বশেষ রাউন্ডে সব মন্ত্রণালয়ের স্কোরিং সম্পন্ন হয়েছে।
msg-table-new-code = { $ministry }-এর টেবিলের নতুন কোড { $code }; পুরোনো কোডটি আর কাজ করবে না। এর শিটটি আবার প্রিন্ট করুন।
msg-table-code-revoked = { $ministry }-এর টেবিলের কোড বাতিল করা হয়েছে: এর ডিভাইসগুলো আর কিছু খুলতে বা সংরক্ষণ করতে পারবে না।
msg-table-code-unchanged = টেবিলের কোড পরিবর্তন করা হয়নি: { $error }
msg-no-data-folder = এই সিস্টেমে অ্যাপের জন্য কোনো ডেটা ফোল্ডার নেই (কোনো হোম ফোল্ডার নেই)।
msg-round-unchanged = { $round } রাউন্ডে কোনো পরিবর্তন হয়নি।
msg-folder-not-made = { $path } ফোল্ডারটি তৈরি করা যায়নি: { $error }
msg-nothing-exported = কিছুই এক্সপোর্ট করা হয়নি।
msg-removed = মুছে ফেলা হয়েছে। Ctrl+Z চাপলে আবার ফিরে আসবে।
msg-not-changed = পরিবর্তন করা হয়নি: { $error }।
msg-nothing-to-undo = পূর্বাবস্থায় ফেরানোর কিছু নেই।
msg-nothing-to-redo = পুনরায় করার কিছু নেই।
msg-step-failed = ওই ধাপটি পূর্বাবস্থায় ফেরানো যায়নি: { $error }।
dialog-png-kind = PNG ছবি
dialog-save-chart = চার্টটি PNG হিসেবে সংরক্ষণ করুন
