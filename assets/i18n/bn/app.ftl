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
action-key-card = সঞ্চালকের কিবোর্ড শর্টকাট কার্ড প্রিন্ট করুন (PDF)...
action-phone-handout = ফোনে ভোট দেওয়ার হ্যান্ডআউট প্রিন্ট করুন (PDF)...
    .tooltip = ফোনে ভোটগ্রহণ চালু থাকলে যোগ দেওয়ার ঠিকানা ও তার QR কোডসহ
action-about-handout = রুমের জন্য CODI পরিচিতি পৃষ্ঠা প্রিন্ট করুন (PDF)...
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
room-chosen = নির্বাচিত
room-level-name = স্তর { $level } { $label }
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

## The workspace screen: rounds and ministries.

workspace-rounds = রাউন্ড ({ $n })
workspace-new-round = নতুন রাউন্ড...
workspace-no-rounds = এখনো কোনো রাউন্ড নেই। একটি রাউন্ড মানে একটি কর্মশালা: স্কোরিং শুরু করতে একটি রাউন্ড যোগ করুন।
round-menu = { $round } রাউন্ডের কাজসমূহ
round-edit = রাউন্ড সম্পাদনা...
round-export-pdf = কর্মশালার প্রতিবেদন PDF এক্সপোর্ট...
round-export-pdf-scored = কর্মশালার প্রতিবেদন PDF এক্সপোর্ট, শুধু স্কোর করা মন্ত্রণালয়...
round-export-pdf-clusters = কর্মশালার প্রতিবেদন PDF এক্সপোর্ট, ক্লাস্টার অনুযায়ী...
round-tables = টেবিলভিত্তিক স্কোরিং: প্রতিটি মন্ত্রণালয় নিজের স্কোরিং নিজে করে
round-tables-tip = প্রতিটি মন্ত্রণালয়ের টেবিল এই নেটওয়ার্কে থাকা একটি ফোন বা ল্যাপটপ থেকে এই রাউন্ড পূরণ করে
round-remove = রাউন্ড মুছে ফেলুন...
workspace-ministries = মন্ত্রণালয় ও বিভাগ ({ $n })
workspace-add-ministry = মন্ত্রণালয় যোগ করুন...
workspace-no-ministries = এখনো কোনো মন্ত্রণালয় নেই: প্রথমটি যোগ করুন।
workspace-add-round-first = স্কোরিং শুরু করতে বাঁ দিকে একটি রাউন্ড যোগ করুন।
workspace-matrix-hint = প্রতি রাউন্ডে উত্তর দেওয়া ক্ষেত্র (✔ সব, – এখনো কোনোটি নয়)। স্কোর করতে কোনো সেলে ক্লিক করুন।
workspace-rounds-shown = { $total }টির মধ্যে রাউন্ড { $first }-{ $last }
workspace-earlier-rounds = আগের রাউন্ডগুলো দেখান
workspace-later-rounds = পরের রাউন্ডগুলো দেখান
workspace-code = কোড
workspace-name = নাম
ministry-menu = { $ministry }-এর কাজসমূহ
ministry-edit = মন্ত্রণালয় সম্পাদনা: { $ministry }...
ministry-move-up = ওপরে সরান
ministry-move-down = নিচে সরান
ministry-remove = মন্ত্রণালয় মুছে ফেলুন: { $ministry }...
ministry-menu-tip = সম্পাদনা, সরানো বা মুছে ফেলা

## Dialogs on the workspace screen.

confirm-remove-ministry = { $ministry } মুছে ফেলবেন?
confirm-remove-ministry-text = সব রাউন্ড মিলিয়ে { $ministry }-এর { $n }টি স্কোর করা ক্ষেত্র আছে। এগুলোও এর সঙ্গে মুছে যাবে। Ctrl+Z চাপলে এটি পূর্বাবস্থায় ফেরানো যাবে।
confirm-remove-ministry-yes = { $ministry } ও এর স্কোর মুছে ফেলুন
confirm-remove-round = { $round } রাউন্ডটি মুছে ফেলবেন?
confirm-remove-round-text = এই রাউন্ডে { $n }টি স্কোর করা ক্ষেত্র আছে। এগুলোও এর সঙ্গে মুছে যাবে। Ctrl+Z চাপলে এটি পূর্বাবস্থায় ফেরানো যাবে।
confirm-remove-round-yes = রাউন্ড ও এর স্কোর মুছে ফেলুন
confirm-keep = রেখে দিন
dialog-cancel = বাতিল করুন
dialog-save-changes = পরিবর্তন সংরক্ষণ করুন
dialog-add-ministry = মন্ত্রণালয় বা বিভাগ যোগ করুন
dialog-edit-ministry = মন্ত্রণালয় সম্পাদনা: { $ministry }
dialog-add-ministry-button = মন্ত্রণালয় যোগ করুন
dialog-new-round = নতুন রাউন্ড
dialog-edit-round = রাউন্ড সম্পাদনা
dialog-add-round-button = রাউন্ড যোগ করুন
dialog-round-removed = এই রাউন্ডটি মুছে ফেলা হয়েছে।
field-code = কোড
field-name = নাম
field-cluster = ক্লাস্টার
field-ministry-code = মন্ত্রণালয়ের কোড
field-ministry-name = মন্ত্রণালয়ের নাম
field-ministry-cluster = মন্ত্রণালয়ের ক্লাস্টার
field-new-ministry-code = নতুন মন্ত্রণালয়ের কোড
field-new-ministry-name = নতুন মন্ত্রণালয়ের নাম
field-new-ministry-cluster = নতুন মন্ত্রণালয়ের ক্লাস্টার
field-title = শিরোনাম
field-date = তারিখ
field-location = স্থান
field-facilitator = সঞ্চালক
field-participants = অংশগ্রহণকারী
field-women = নারী
field-men = পুরুষ
field-other = অন্যান্য
field-notes = নোট
field-round-title = রাউন্ডের শিরোনাম
field-round-date = রাউন্ডের তারিখ
field-round-location = রাউন্ডের স্থান
field-round-facilitator = রাউন্ডের সঞ্চালক
field-round-notes = রাউন্ডের নোট
field-new-round-title = নতুন রাউন্ডের শিরোনাম
field-new-round-date = নতুন রাউন্ডের তারিখ
field-new-round-location = নতুন রাউন্ডের স্থান
field-new-round-facilitator = নতুন রাউন্ডের সঞ্চালক
field-new-round-notes = নতুন রাউন্ডের নোট

## The facilitator's panel on a scoring page.

panel-facilitator = সঞ্চালক
panel-room-window = রুম উইন্ডো
panel-room-window-tip = রুম ভিউ আলাদা উইন্ডোতে, দ্বিতীয় ডিসপ্লে হিসেবে ব্যবহৃত প্রজেক্টরের জন্য। F5 চাপলে রুম ভিউ দেখানো হয়: দ্বিতীয় ডিসপ্লে থাকলে সেখানে, না থাকলে এখানেই পূর্ণ পর্দায়।
panel-start-voting = ফোনে ভোটগ্রহণ শুরু করুন (W)
panel-stop-voting = ফোনে ভোটগ্রহণ বন্ধ করুন
panel-voting-tip = এই নেটওয়ার্কে থাকা ফোনগুলো খোলা ক্ষেত্রটিতে ভোট দেয়; শুধু ভোটের সংখ্যা রাখা হয়
panel-no-wifi = কোনো Wi-Fi নেটওয়ার্ক পাওয়া যায়নি: শুধু এই ল্যাপটপ ঠিকানাটি খুলতে পারবে। রুমের Wi-Fi-তে যুক্ত হোন বা একটি হটস্পট চালু করুন, তারপর দুবার W চাপুন।
panel-firewall = Windows যদি জানতে চায় CODI Workshop নেটওয়ার্ক ব্যবহার করতে পারবে কি না, তাহলে প্রাইভেট নেটওয়ার্কে অনুমতি দিন। পাবলিক হিসেবে চিহ্নিত নেটওয়ার্কে ফোনগুলো এই ল্যাপটপে পৌঁছাতে পারে না: Wi-Fi-কে প্রাইভেট হিসেবে চিহ্নিত করুন (সেটিংস › নেটওয়ার্ক › Wi-Fi-এর প্রোপার্টিজ), অথবা একটি হটস্পট ব্যবহার করুন।
panel-address = রুমকে দেখানো ঠিকানা:
panel-address-tip = এই ল্যাপটপ একাধিক নেটওয়ার্কে যুক্ত: ফোনগুলো যেটি ব্যবহার করে সেটি বেছে নিন
panel-phones-see-result = ভোট প্রকাশের পর ফোনে ফলাফল দেখা যায়
timer-label = টাইমার { $time }
timer-start = শুরু
timer-pause = বিরতি
timer-start-name = টাইমার শুরু করুন
timer-pause-name = টাইমারে বিরতি দিন
timer-tip = S চাপলে শুরু ও বিরতি হয়
timer-reset = রিসেট
timer-reset-name = টাইমার রিসেট করুন
timer-per-area = প্রতি ক্ষেত্রে সময়
timer-per-area-tip = প্রতি ক্ষেত্রে আলোচনার সময়
timer-minutes = মিনিট
text-rationale = যৌক্তিকতা
text-rationale-hint = R: রুম কেন এই স্কোরে একমত হলো
text-evidence = প্রমাণ
text-evidence-hint = উল্লিখিত দলিল, তথ্য-উপাত্ত বা দৃষ্টান্ত
text-dissent = ভিন্নমত বা সংখ্যালঘুর মত
text-dissent-hint = যে মতের সঙ্গে রুম একমত হয়নি, তা-ও রেকর্ডে রাখা হয়
earlier-round = আগের রাউন্ড: { $round } ({ $date })। কোনো পরিবর্তনের আগে জিজ্ঞাসা করা হবে।
earlier-round-changing = ✎ আগের রাউন্ড পরিবর্তন করা হচ্ছে: { $round } ({ $date })
answer-heading = সম্মত উত্তর ({ $keys }, N, I)
answer-agree-on = একমত হোন: { $answer }
answer-clear = স্কোর মুছে ফেলুন
present-area = { $areas }টির মধ্যে ক্ষেত্র { $number }
present-hide = ভোট লুকান (V)
present-reveal = ভোট প্রকাশ করুন (V)
present-pause = টাইমারে বিরতি দিন (S)
present-start = টাইমার শুরু করুন (S)
present-back = সঞ্চালকের ভিউতে ফিরুন (F5)
present-keys = কীগুলো আগের মতোই কাজ করে: 1-4 একমত · T গণনা · V প্রকাশ · ← → ক্ষেত্র · F5 বা Esc: ফিরুন
proposal-heading = টেবিলের প্রস্তাব: { $answer }
proposal-rationale = যৌক্তিকতা: { $text }
proposal-evidence = প্রমাণ: { $text }
proposal-accepted = গৃহীত
proposal-accept = প্রস্তাব গ্রহণ করুন (A)
proposal-accept-tip = টেবিলের উত্তরকে সম্মত উত্তর করুন; এর লেখা শুধু খালি বক্সগুলো পূরণ করে
proposal-why-otherwise = রুম ভিন্ন উত্তরে একমত হয়েছে: কেন?
proposal-why-hint = যেমন অর্থ বিভাগের নতুন প্রমাণ
proposal-note = টেবিলের জন্য নোট
proposal-note-hint = যেমন ক্ষেত্র 4: কোন পরিপত্র?
proposal-send = পাঠান
proposal-sent = পাঠানো হয়েছে: { $note }
summary-title = সারসংক্ষেপ
summary-figures = আওতা { $coverage } · মধ্যমা { $median } · গড় { $mean } (নির্দেশক মান)
summary-time = আলোচনার সময়: মোট { $time }
summary-area = ক্ষেত্র
summary-agreed = সম্মত
summary-since = { $date } থেকে
summary-change = পরিবর্তন
summary-time-head = সময়
summary-rationale = যৌক্তিকতা
summary-open-area = ক্ষেত্র { $number } খুলুন
summary-changes = গত রাউন্ডের পর থেকে: { $improved }টির উন্নতি হয়েছে, { $unchanged }টি অপরিবর্তিত, { $declined }টির অবনতি হয়েছে; { $new }টি নতুন করে স্কোর করা হয়েছে, { $gone }টির আর স্কোর নেই।
summary-rerated = { $n }টি ক্ষেত্র কর্মসম্পাদন ছাড়া অন্য কারণে পুনরায় স্কোর করা হয়েছে; এগুলো আলাদাভাবে গণনা করা হয়েছে।
summary-not-comparable = ইনস্ট্রুমেন্টে { $n }টি ক্ষেত্র বদলেছে, তাই সেগুলোর তুলনা করা হয়নি।
summary-export = এই সারসংক্ষেপ PDF হিসেবে এক্সপোর্ট করুন...
summary-next = পরের মন্ত্রণালয়ের স্কোরিং করুন: { $ministry } ▶

## The record on a scoring page: actions, reasons for a change, attendance, history.

record-carried = { $round } রাউন্ডে সম্মত পদক্ষেপসমূহ
record-carried-note = আগে এগুলোর অগ্রগতি দেখুন: এখন কী অবস্থায় আছে?
record-due = সময়সীমা { $date }
record-what-happened = কী হয়েছে
record-what-happened-hint = যেমন খসড়া অনুমোদিত, বাজেটের অপেক্ষায়
record-why-changed = { $round } রাউন্ডে সম্মত উত্তর ছিল { $before }; এখন { $now }। স্কোর কেন বদলেছে?
record-choose-reason = একটি কারণ বেছে নিন
record-reason-name = পরিবর্তনের কারণ: { $reason }
record-skip = বাদ দিন
record-skip-tip = "কারণ জানানো হয়নি" হিসেবে লিপিবদ্ধ হবে
record-note = নোট (ঐচ্ছিক)
record-not-blocking = এটি বাধ্যতামূলক নয়: রুম কাজ চালিয়ে যেতে পারে।
record-actions = পরের রাউন্ডের আগে করণীয় পদক্ষেপ
record-add = যোগ করুন
record-new-action-hint = নতুন পদক্ষেপ: কী করা হবে
record-action-hint = কী করা হবে
record-owner-hint = দায়িত্বপ্রাপ্ত (দপ্তর বা পদ)
record-remove = মুছে ফেলুন
record-due-hint = সময়সীমা YYYY-MM-DD
record-not-a-date = সঠিক তারিখ নয়
record-who = কারা অংশ নিয়েছেন:
record-people = জন
record-from = কোন দপ্তর থেকে:
record-offices-hint = দপ্তর বা বিভাগ, ব্যক্তির নাম নয়
record-history = ইতিহাস ({ $n })
record-no-history = এখনো কোনো পরিবর্তন লিপিবদ্ধ হয়নি।
record-history-older = … এবং আরও { $n }টি পুরোনো: ফাইল › ইতিহাস এক্সপোর্ট দেখুন
record-step-undo = (পূর্বাবস্থায় ফেরানো)
record-step-redo = (পুনরায় করা)
record-now = এখন: { $value }
record-before = আগে: { $value }
record-after = পরে: { $value }

## The table scoring dashboard.

tables-not-open = টেবিলভিত্তিক স্কোরিং চালু নেই। ওয়ার্কস্পেস স্ক্রিনে কোনো রাউন্ডের ⋯ মেনু থেকে এটি শুরু করুন।
tables-heading = টেবিলভিত্তিক স্কোরিং · { $round }
tables-stop = টেবিলভিত্তিক স্কোরিং বন্ধ করুন
tables-show-addresses = টেবিলগুলোর ঠিকানা দেখান
tables-sheets = টেবিলের শিট (PDF)...
tables-sheets-tip = প্রতিটি টেবিলের জন্য একটি পৃষ্ঠা, এর ঠিকানা ও QR কোড এবং কাগজে টিক দেওয়ার জন্য ক্ষেত্রগুলোসহ
tables-counts = { $tables }টি টেবিল · { $started }টি শুরু করেছে · { $submitted }টি জমা দিয়েছে। পূর্ণাঙ্গ অধিবেশনে পর্যালোচনার আগ পর্যন্ত স্কোর লুকানো থাকে।
tables-revoked = কোড নেই: বাতিল করা হয়েছে
tables-submitted = ✔ জমা দেওয়া হয়েছে
tables-started = { $time } আগে শুরু হয়েছে
tables-not-started = শুরু হয়নি
tables-new-code = নতুন কোড (পুরোনোটি আর কাজ করবে না)
tables-revoke = এই টেবিলের কোড বাতিল করুন
tables-code-menu = { $ministry }-এর টেবিল কোডের কাজসমূহ
tables-hours = { $hours } ঘণ্টা { $minutes } মিনিট
tables-minutes = { $minutes } মিনিট

## The results screens.

results-leave = P বা Esc: উপস্থাপন থেকে বের হোন
results-empty = ওয়ার্কস্পেসে রাউন্ড, মন্ত্রণালয় ও স্কোর থাকলে ফলাফল দেখা যাবে।
results-radar = রাডার
results-trend = প্রবণতা
results-heatmap = হিটম্যাপ
results-changes = পরিবর্তন
results-history = ইতিহাস
results-radar-view = রাডার ভিউ
results-trend-view = প্রবণতা ভিউ
results-heatmap-view = হিটম্যাপ ভিউ
results-changes-view = পরিবর্তন ভিউ
results-history-view = ইতিহাস ভিউ
results-present = উপস্থাপন করুন (P)
results-present-tip = শুধু চার্ট, বড় লেবেলসহ, রুমের জন্য
results-png = PNG হিসেবে সংরক্ষণ...
results-png-tip = উপস্থাপিত চার্টটি, স্লাইডে ব্যবহারের জন্য ছবি হিসেবে

## The results: the changes between two rounds.

changes-from-round = যে রাউন্ড থেকে
changes-to-round = যে রাউন্ড পর্যন্ত
changes-ministries = মন্ত্রণালয়
changes-same-round = তুলনা করতে দুটি ভিন্ন রাউন্ড বেছে নিন।
changes-title = { $from } থেকে { $to } পর্যন্ত পরিবর্তন
changes-counts = উন্নতি { $improved } · অপরিবর্তিত { $unchanged } · অবনতি { $declined } · পুনরায় স্কোর করা { $rerated } (কর্মসম্পাদনে পরিবর্তন নয়)   (নতুন করে স্কোর করা { $newly }, আর স্কোর নেই { $gone }, তুলনীয় নয় { $incomparable }: আলাদাভাবে তালিকাভুক্ত, পরিবর্তন হিসেবে গণনা করা হয়নি)
changes-show-unchanged = অপরিবর্তিত { $n }টি ক্ষেত্র দেখান
changes-ministry = মন্ত্রণালয়
changes-area = ক্ষেত্র
changes-from = আগে
changes-to = পরে
changes-change = পরিবর্তন
changes-unchanged = অপরিবর্তিত
changes-newly-scored = নতুন করে স্কোর করা (এখন স্তর আছে, আগে ছিল না)
changes-no-longer-scored = আর স্কোর নেই (আগে স্তর ছিল, এখন নেই)
changes-not-comparable = তুলনীয় নয় (ইনস্ট্রুমেন্টের সংস্করণ বদলানোর সময় ক্ষেত্রটি বদলেছে)
# A heading of the list of changes: a group's title and how many areas are in it.
changes-group = { $title }: { $n }

## The record on a scoring page: an action's status.

record-status-name = অবস্থা: { $status }

## Messages after an action.

msg-showing-demo = { $error }। এর বদলে ডেমো ওয়ার্কস্পেস দেখানো হচ্ছে।
msg-dialog-open = একটি ফাইল ডায়ালগ আগে থেকেই খোলা আছে; আগে সেটির উত্তর দিন।
msg-dialogs-off = ফাইল ডায়ালগ বন্ধ করা আছে; কমান্ড লাইনে ফাইলটি দিন।
msg-dialog-failed = ফাইল ডায়ালগ খোলা যায়নি: { $error }
msg-opened = { $path } খোলা হয়েছে
msg-still-saving = এখনো { $path }-এ সংরক্ষণ করা হচ্ছে; শেষ হওয়া পর্যন্ত অপেক্ষা করুন।
msg-instrument-unchanged = ইনস্ট্রুমেন্ট পরিবর্তন করা হয়নি: { $error }
msg-restored-unsaved = সংরক্ষণ না করা ওয়ার্কস্পেসটি পুনরুদ্ধার করা হয়েছে। আপনার পছন্দের কোনো ফাইলে রাখতে ফাইল › ভিন্ন নামে সংরক্ষণ... ব্যবহার করুন।
msg-loaded-disk = ডিস্কে থাকা সংস্করণটি লোড করা হয়েছে। Ctrl+Z চাপলে আপনার সংস্করণ ফিরে আসবে।
msg-chart-no-picture = এই সিস্টেমে চার্টটির ছবি তৈরি করা যায়নি; কিছুই সংরক্ষণ করা হয়নি।
msg-chart-not-saved = চার্টটি সংরক্ষণ করা যায়নি: { $error }
msg-export-cancelled = এক্সপোর্ট বাতিল করা হয়েছে: কিছুই লেখা হয়নি।
msg-export-failed = কিছুই এক্সপোর্ট করা হয়নি: { $error }
# $what is the export under way, e.g. "the workshop report".
msg-still-making = এখনো { $what } তৈরি করা হচ্ছে: শেষ হওয়া পর্যন্ত অপেক্ষা করুন, অথবা বাতিল করুন।
msg-import-failed = কিছুই ইমপোর্ট করা হয়নি। { $error }

## The results: choices shared by the charts.

results-round = রাউন্ড
results-ministry = মন্ত্রণালয়
results-all-ministries = সব মন্ত্রণালয়
# How a series is drawn, in the radar's legend.
results-style-solid = টানা রেখা
results-style-dashed = ড্যাশযুক্ত রেখা
results-style-dotted = বিন্দুযুক্ত রেখা
results-style-short-dashes = ছোট ড্যাশযুক্ত রেখা

## The results: the radar.

radar-mode-rounds = একটি মন্ত্রণালয়ের রাউন্ডগুলো
radar-mode-ministries = একটি রাউন্ডের মন্ত্রণালয়গুলো
radar-mode-medians = ক্লাস্টার ও সব মন্ত্রণালয়ের মধ্যমার সঙ্গে তুলনা
radar-rounds = রাউন্ড
radar-ministries = মন্ত্রণালয় (ছয়টি পর্যন্ত; { $n }টি বাছাই করা হয়েছে)
radar-choose = কী দেখাবেন তা বাঁ দিক থেকে বেছে নিন।
radar-title-ministries = { $round } রাউন্ডের মন্ত্রণালয়গুলো
radar-title-medians = { $ministry } বনাম এর ক্লাস্টার ও সব মন্ত্রণালয়, { $round }
# Under the chart: a round or ministry, then how much of it is answered.
radar-coverage = { $who }: আওতা { $coverage }
radar-cluster-median-over = { $cluster }-এর মধ্যমা, { $n }টি মন্ত্রণালয়ের ভিত্তিতে
radar-cluster-median = { $cluster }-এর মধ্যমা
radar-all-median-over = সব মন্ত্রণালয়ের মধ্যমা, { $n }টির ভিত্তিতে
radar-all-median = সব মন্ত্রণালয়ের মধ্যমা
radar-rings = কেন্দ্র থেকে বলয়গুলো: { $rings }
radar-hollow = বাইরের বলয়ের বাইরে থাকা ফাঁপা চিহ্নগুলো NA / NI: এগুলো কোনো স্তর নয়, কখনো সংখ্যা হিসেবে দেখানো হয় না। সেখানে রেখায় ফাঁক থাকে।

## The results: the trend, the heatmap and the history.

trend-mode-ministry = একটি মন্ত্রণালয়, প্রতিটি ক্ষেত্র
trend-mode-all = সব মন্ত্রণালয়: মধ্যমা ও পরিসর
trend-how-to-read = x: রাউন্ডের তারিখ (প্রকৃত ব্যবধানে) · y: সম্মত স্তর · ফাঁক: NA, NI বা স্কোর করা হয়নি; ইনস্ট্রুমেন্টে ক্ষেত্রটি যেখানে বদলেছে সেখানে রেখা ভাঙা · রাউন্ড ও যৌক্তিকতা দেখতে কোনো বিন্দুর ওপর মাউস রাখুন
trend-title-ministry = { $ministry }, রাউন্ড অনুযায়ী
trend-title-all = সব মন্ত্রণালয়: মধ্যমা ও পরিসর, রাউন্ড অনুযায়ী
trend-paging = { $total }টির মধ্যে ক্ষেত্র { $first }-{ $last } · অন্যগুলোর জন্য ← →
heatmap-sort = সাজান:
heatmap-sort-list = তালিকার ক্রম
heatmap-sort-name = নাম
heatmap-sort-cluster = ক্লাস্টার
heatmap-sort-median = মধ্যমা
heatmap-group = ক্লাস্টার অনুযায়ী ভাগ করুন
heatmap-no-cluster = কোনো ক্লাস্টার নেই
heatmap-title = { $round }: ক্ষেত্র অনুযায়ী প্রতিটি মন্ত্রণালয়
heatmap-note = সেল: সম্মত স্তর (সংখ্যা লেখা থাকে), NA ও NI ধূসর রঙে, – স্কোর করা হয়নি। কোনো সেলে ক্লিক করলে সেই স্কোরিং পৃষ্ঠা খোলে।
heatmap-median-answered = মধ্যমা · উত্তর দেওয়া
heatmap-median = মধ্যমা
history-nothing = এই বাছাইয়ের জন্য এখনো কিছু লিপিবদ্ধ হয়নি। স্কোর, গণনা, লেখা, কারণ বা পদক্ষেপের প্রতিটি পরিবর্তন এখানে রাখা হয়।
history-count = { $n }টি এন্ট্রি, সবচেয়ে নতুনটি প্রথমে

## More messages, dialogs and labels of the window.

# The title a new workspace starts with.
workspace-new-title = নতুন ওয়ার্কস্পেস
msg-new-workspace = নতুন ওয়ার্কস্পেস। এটি নিজে থেকেই সংরক্ষিত হয়; জায়গা বেছে নিতে ফাইল › ভিন্ন নামে সংরক্ষণ... ব্যবহার করুন।
# $instrument is the instrument's title, $version its version.
msg-new-workspace-with = { $instrument } (সংস্করণ { $version }) দিয়ে স্কোর করার জন্য নতুন ওয়ার্কস্পেস।
# $instrument is the instrument's title, $version its version.
msg-instrument-in-use = নতুন রাউন্ডগুলো { $instrument } (সংস্করণ { $version }) দিয়ে স্কোর করা হবে। আগের রাউন্ডগুলো যে সংস্করণে স্কোর করা হয়েছিল, সেটিই থাকবে; যেসব ক্ষেত্রের অর্থ বদলেছে সেগুলো তুলনীয় নয় হিসেবে দেখানো হবে।
msg-saved-as = { $path }-এ সংরক্ষণ করা হয়েছে। এখন থেকে পরিবর্তনগুলো নিজে থেকেই সেখানে সংরক্ষিত হবে।
# File types and titles of the file dialogs.
dialog-instrument-kind = ইনস্ট্রুমেন্ট (JSON)
dialog-choose-instrument = একটি ইনস্ট্রুমেন্ট ফাইল বেছে নিন
dialog-export-pdf = PDF এক্সপোর্ট
dialog-workspace-kind = CODI ওয়ার্কস্পেস
dialog-open-workspace = একটি ওয়ার্কস্পেস খুলুন
dialog-save-workspace-as = ওয়ার্কস্পেসটি ভিন্ন নামে সংরক্ষণ করুন
dialog-excel-kind = Excel ওয়ার্কবুক
dialog-scores-kind = স্কোর (CSV, Excel, OpenDocument)
dialog-import-scores = স্কোর ইমপোর্ট
dialog-export-csv = স্কোর CSV হিসেবে এক্সপোর্ট করুন
dialog-export-xlsx = Excel ওয়ার্কবুক এক্সপোর্ট করুন
dialog-save-template = টেবিলের জন্য টেমপ্লেট সংরক্ষণ করুন
# $round is the round's title, $date its date.
confirm-past-round = { $round } রাউন্ডটি পরিবর্তন করবেন?
confirm-past-round-text = আপনি { $date } তারিখের { $round } রাউন্ডটি পরিবর্তন করছেন, যা একটি আগের রাউন্ড: এর স্কোরগুলো সেই কর্মশালার রেকর্ড। শুধু কোনো ভুল সংশোধনের জন্য এটি পরিবর্তন করুন; নতুন মূল্যায়ন নতুন রাউন্ডে করতে হয়। এই সেশন থেকে বের না হওয়া পর্যন্ত এই রাউন্ডের পরিবর্তন নিয়ে আর জিজ্ঞাসা করা হবে না।
confirm-past-round-keep = অপরিবর্তিত রাখুন
confirm-past-round-yes = { $round } রাউন্ডটি পরিবর্তন করুন
confirm-stop-tables = টেবিলভিত্তিক স্কোরিং বন্ধ করবেন?
# $n is how many tables have not submitted; $tables lists their ministries' codes.
confirm-stop-tables-text = { $n ->
        [one] { $n }টি টেবিল
       *[other] { $n }টি টেবিল
    } এখনো জমা দেয়নি: { $tables }। এসব টেবিলের ডিভাইসে দেখাবে যে টেবিলভিত্তিক স্কোরিং বন্ধ হয়েছে; এগুলো যা সংরক্ষণ করেছে তা ওয়ার্কস্পেসে থাকবে, এবং আপনি আবার টেবিলভিত্তিক স্কোরিং চালু করলে এগুলো কাজ চালিয়ে যেতে পারবে।
confirm-stop-tables-keep = টেবিলভিত্তিক স্কোরিং চালু রাখুন
confirm-stop-tables-yes = টেবিলভিত্তিক স্কোরিং বন্ধ করুন
confirm-export-folder = ডিফল্ট ফোল্ডারে এক্সপোর্ট করবেন?
# $folder is the default export folder. "Don't export" is confirm-export-folder-keep.
confirm-export-folder-text = ফাইল ডায়ালগটি সঙ্গে সঙ্গে বন্ধ হয়ে গেছে, তাই এই কম্পিউটারে হয়তো কোনো ডায়ালগ নেই। এর বদলে এক্সপোর্টটি নতুন নামে { $folder }-এ রাখা যেতে পারে। আপনি ইচ্ছা করে বাতিল করে থাকলে "এক্সপোর্ট করবেন না" বেছে নিন।
confirm-export-folder-keep = এক্সপোর্ট করবেন না
confirm-export-folder-yes = ওই ফোল্ডারে এক্সপোর্ট করুন
msg-still-reading = { $path } এখনো পড়া হচ্ছে; অপেক্ষা করুন অথবা আগে এটি বাতিল করুন।
msg-import-cancelled = ইমপোর্ট বাতিল করা হয়েছে: { $path } থেকে কিছুই প্রয়োগ করা হয়নি।
# One warning about an import ($note, in English), put into msg-imported-notes.
msg-import-note = নোট: { $note }।
# $summary says what was imported (in English), e.g. "240 rows: 12 added".
msg-imported = { $path } ইমপোর্ট করা হয়েছে। { $summary } Ctrl+Z চাপলে ইমপোর্টটি পূর্বাবস্থায় ফেরানো যাবে।
# As msg-imported; $notes are the import's warnings, each one msg-import-note.
msg-imported-notes = { $path } ইমপোর্ট করা হয়েছে। { $summary } { $notes } Ctrl+Z চাপলে ইমপোর্টটি পূর্বাবস্থায় ফেরানো যাবে।
msg-export-onto-workspace = { $path } হলো ওয়ার্কস্পেস ফাইলটি নিজেই; এক্সপোর্টের জন্য অন্য একটি ফাইল বেছে নিন।
msg-not-left = বর্তমান ওয়ার্কস্পেসটি সংরক্ষণ করা যায়নি, তাই এটি খোলা থাকছে: { $error }
msg-no-dialog-no-folder = কোনো ফাইল ডায়ালগ খোলা যায়নি, এবং { $path } ফোল্ডারটি তৈরি করা যায়নি: { $error }
# $width and $height are the picture's size in pixels.
msg-chart-saved = চার্টটি ({ $width } x { $height } পিক্সেল) { $path }-এ সংরক্ষণ করা হয়েছে।
msg-pdf-saved = PDF ({ $pages ->
        [one] { $pages } পৃষ্ঠা
       *[other] { $pages } পৃষ্ঠা
    }) { $path }-এ সংরক্ষণ করা হয়েছে।
# $what is the file made (in English), e.g. "the workbook".
msg-exported = { $what } { $path }-এ এক্সপোর্ট করা হয়েছে।
# A warning about an export ($note, in English), added after msg-pdf-saved or msg-exported.
msg-export-note = নোট: { $note }
msg-window-stays-open = কাজটি সংরক্ষণ করা যায়নি, তাই উইন্ডোটি খোলা থাকছে: { $error }
msg-dropped-unknown = { $path } কোনো ওয়ার্কস্পেস (.codi.json) বা স্কোরের ফাইল (.csv, .xlsx, .ods) নয়, তাই এটি খোলা হয়নি।
# The hint line of a scoring session. $key is the key that was pressed, e.g. "P".
keys-esc-again = আবার Esc: ওয়ার্কস্পেসে ফিরুন
keys-not-on-summary = { $key }: আগে একটি ক্ষেত্র খুলুন; এটি সারসংক্ষেপ পৃষ্ঠা
keys-no-proposal = { $key }: এই ক্ষেত্রে গ্রহণ করার মতো টেবিলের কোনো প্রস্তাব নেই
keys-proposal-empty = { $key }: টেবিল এই ক্ষেত্রে কোনো উত্তর প্রস্তাব করেনি
keys-join-not-voting = { $key }: ফোনে ভোটগ্রহণ চালু থাকলেই যোগ দেওয়ার পৃষ্ঠা দেখা যায় (W চাপলে শুরু হয়)
keys-nothing-to-reveal = { $key }: এখনো প্রকাশ করার কিছু নেই: কোনো ভোট আসেনি
# A cell of the completion matrix, for screen readers and tooltips.
workspace-cell-score = { $round } রাউন্ডে { $ministry }-এর স্কোরিং করুন
# $n is the number of areas of the round's instrument; $answered how many have an agreed answer.
workspace-cell-all-answered = { $n ->
        [one] সব { $n }টি ক্ষেত্রের উত্তর দেওয়া হয়েছে
       *[other] সব { $n }টি ক্ষেত্রের উত্তর দেওয়া হয়েছে
    }
workspace-cell-not-started = { $n ->
        [one] শুরু হয়নি: { $n }টি ক্ষেত্রের কোনোটির উত্তর দেওয়া হয়নি
       *[other] শুরু হয়নি: { $n }টি ক্ষেত্রের কোনোটির উত্তর দেওয়া হয়নি
    }
workspace-cell-answered = { $n ->
        [one] { $n }টির মধ্যে { $answered }টি ক্ষেত্রের উত্তর দেওয়া হয়েছে
       *[other] { $n }টির মধ্যে { $answered }টি ক্ষেত্রের উত্তর দেওয়া হয়েছে
    }
workspace-cell-no-instrument = এই রাউন্ডের জন্য কোনো ইনস্ট্রুমেন্ট নেই
# Under a round scored with another instrument version than the current one.
workspace-round-instrument = ইনস্ট্রুমেন্টের সংস্করণ { $version } দিয়ে স্কোর করা
workspace-round-needs-title = রাউন্ডের একটি শিরোনাম প্রয়োজন।
workspace-new-round-needs-title = নতুন রাউন্ডের একটি শিরোনাম দিন।
# $error says what is wrong with the code typed (in English).
workspace-code-problem = কোড: { $error }
workspace-code-used = { $code } কোডটি আগেই ব্যবহার করা হয়েছে।
workspace-ministry-needs-name = মন্ত্রণালয় বা বিভাগের একটি নাম দিন।
# $date is the text typed; keep YYYY-MM-DD and the example as they are.
workspace-not-a-date = `{ $date }` সঠিক তারিখ নয়; YYYY-MM-DD আকারে লিখুন, যেমন 2024-08-04।
# A heatmap cell for screen readers: $area is the area's number, $answer its answer's code.
heatmap-cell = { $ministry } ক্ষেত্র { $area }: { $answer }
heatmap-cell-not-scored = স্কোর করা হয়নি
trend-not-scored = স্কোর করা হয়নি
votes-not-scored-yet = এখনো স্কোর করা হয়নি
# The title of the room view's own window.
present-room-window = CODI Workshop: রুম ভিউ
# $address is the join page's address.
join-qr-alt = { $address }-এর QR কোড
# Whether the history's chain of hashes holds. $n is the number of entries.
history-chain-intact = { $n ->
        [one] মোট { $n }টি এন্ট্রি
       *[other] মোট { $n }টি এন্ট্রি
    } · হ্যাশ-শৃঙ্খল অক্ষত আছে
history-chain-emptied = { $n ->
        [one] { $n }টি এন্ট্রি
       *[other] { $n }টি এন্ট্রি
    } · অ্যাপের বাইরে ফাইলের ইতিহাস কেটে ফেলা হয়েছে: এর আগের এন্ট্রিগুলো আর নেই
# $entry is the number of the first entry that was changed.
history-chain-broken = { $n ->
        [one] { $n }টি এন্ট্রি
       *[other] { $n }টি এন্ট্রি
    } · এন্ট্রি { $entry }-এ অ্যাপের বাইরে ইতিহাস পরিবর্তন করা হয়েছে: সেখান থেকে যা দেখানো হচ্ছে তার ওপর ভরসা করা যায় না
# What Ctrl+Z (undo) or Ctrl+Y (redo) did. $step is "undo" or "redo". $more is empty, or
# a space and step-more when the step changed more than one thing. $place names a
# ministry, an area and a round (step-place).
step-nothing = কিছুই বদলায়নি এমন একটি ধাপ { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }।
# $n is how many other changes the same step made.
step-more = { $n ->
        [one] (এবং আরও { $n }টি পরিবর্তন)
       *[other] (এবং আরও { $n }টি পরিবর্তন)
    }
# $now is the answer it went back to, e.g. "3 Established".
step-answer = { $place }-এর সম্মত উত্তর { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }: এখন { $now }{ $more }।
step-answer-cleared = { $place }-এর সম্মত উত্তর { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }: এখন স্কোর নেই{ $more }।
step-votes = { $place }-এর ভোটের একটি পরিবর্তন { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
# $field is which text of the area record: rationale, evidence, differs (why the room
# agreed otherwise than the table proposed) or dissent.
step-text = { $place }-এর { $field ->
        [rationale] যৌক্তিকতা
        [evidence] প্রমাণ
        [differs] টেবিলের প্রস্তাব থেকে ভিন্ন হওয়ার কারণ
       *[dissent] ভিন্নমত
    } { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
step-reason = { $place }-এর পরিবর্তনের কারণ { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
step-actions = { $place }-এর পদক্ষেপসমূহ { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
step-other = { $place }-এর একটি পরিবর্তন { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
# $title is the workspace's title it went back to.
step-title = শিরোনাম { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }: এখন "{ $title }"{ $more }।
# $what says in English what was added, changed or removed (rounds, ministries, instruments).
step-structure = { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }: { $what }{ $more }।
step-notes = { $ministry }-এর নোট { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
step-attendance = { $ministry }-এর উপস্থিতি { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
step-table = { $ministry }-এর টেবিলে প্রবেশাধিকার { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
# $area is the area's number and $label its short name, e.g. "HSD, area 3 (Appropriateness), Follow-up workshop".
step-place = { $ministry }, ক্ষেত্র { $area } ({ $label }), { $round }
# As step-place, when the round's instrument no longer has the area: $area is its id.
step-place-area-id = { $ministry }, { $area }, { $round }

## What an export makes, inside messages ("Still making { $what }…").

export-what-pdf = PDF
export-what-scores = স্কোর
export-what-workbook = ওয়ার্কবুক
export-what-template = টেবিলের টেমপ্লেট

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.
action-review = ফলাফল: পর্যালোচনা ও অনুমোদন

## Messages after an action.
# $round is the round's id. The round was signed off after review.
msg-round-validated = পরিবর্তন করা হয়নি: { $round } রাউন্ডটি অনুমোদিত এবং শুধু পড়ার জন্য। পরিবর্তন করতে ফলাফল › পর্যালোচনা থেকে কারণ উল্লেখ করে এটি আবার খুলুন।
# $status is one of review-status-*.
msg-review-step = { $round } রাউন্ড: { $status }।

## The facilitator's panel on a scoring page.
# The round was signed off after review; $date is YYYY-MM-DD.
panel-validated = { $date } তারিখে { $by } অনুমোদন করেছেন: শুধু পড়ার জন্য। ফলাফল › পর্যালোচনা থেকে আবার না খোলা পর্যন্ত এখানে কিছুই বদলানো যাবে না।

## The results screens.
results-review = পর্যালোচনা
results-review-view = পর্যালোচনা ও অনুমোদন ভিউ

## Results › Review: a round's review and sign-off, and the reviewers' comments
review-status-draft = খসড়া: এখনো অনুমোদিত হয়নি
review-status-under-review = পর্যালোচনাধীন
review-status-validated = অনুমোদিত
review-draft-note = অনুমোদিত না হওয়া পর্যন্ত এই রাউন্ডের প্রতিবেদনের প্রতিটি পৃষ্ঠায় খসড়া লেখা থাকবে।
review-validated-note = এই রাউন্ডটি শুধু পড়ার জন্য: এই ল্যাপটপ, ফোন বা টেবিল থেকে স্কোর, ভোট, লেখা ও মন্তব্য বদলানো যাবে না। কিছু বদলাতে হলে কারণ উল্লেখ করে এটি আবার খুলুন।
# One step of the review; $status is draft, under-review or validated; $time is in UTC.
review-step = { $time }: { $status }, করেছেন { $by }
review-step-reason = { $time }: { $status }, করেছেন { $by }। কারণ: { $reason }
review-by = আপনার নাম (ইতিহাসে রাখা হবে)
review-reason = রাউন্ডটি কেন আবার খোলা হচ্ছে
review-send = পর্যালোচনার জন্য পাঠান
review-validate = অনুমোদন করুন
review-return = খসড়ায় ফেরত দিন
review-reopen = আবার খুলুন
review-needs-name = আগে আপনার নাম লিখুন: প্রতিটি ধাপ নামসহ লিপিবদ্ধ হয়।
review-needs-reason = রাউন্ডটি কেন আবার খোলা হচ্ছে তা লিখুন।
# $n comments, of which $open are not resolved.
review-comments = পর্যালোচকদের মন্তব্য: { $n }টি ({ $open }টি অনিষ্পন্ন)
review-no-comments = এখনো কোনো মন্তব্য নেই।
review-response = জবাব
review-resolved = নিষ্পন্ন
review-add = পর্যালোচকের মন্তব্য যোগ করুন
review-ministry = মন্ত্রণালয়
review-area = ক্ষেত্র
review-comment = মন্তব্য
review-reviewer = পর্যালোচক (নাম বা দপ্তর)
review-add-button = মন্তব্যটি যোগ করুন
review-add-needs = একটি মন্ত্রণালয় ও একটি ক্ষেত্র বেছে নিন এবং মন্তব্যটি লিখুন।

## More messages, dialogs and labels of the window.
step-comments = { $place }-এর পর্যালোচনা-মন্তব্য { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।
# $round is the round's id. Review steps are not undone; this shows only if a merged edit includes one.
step-review = { $round } রাউন্ডের পর্যালোচনার একটি ধাপ { $step ->
        [undo] পূর্বাবস্থায় ফেরানো হয়েছে
       *[redo] পুনরায় করা হয়েছে
    }{ $more }।

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.
action-merge = ওয়ার্কস্পেস একীভূত করুন...
    .tooltip = অন্য ল্যাপটপে থাকা এই ওয়ার্কস্পেসের কপি: সেখানে যা বদলেছে তা এখানে আসে; দুটিতেই একই জিনিস ভিন্নভাবে বদলালে আপনি বেছে নেবেন

## Messages after an action.
# Merging another laptop's workspace file into this one.
msg-merge-unreadable = কিছুই একীভূত হয়নি: { $path } পড়া যায়নি। { $error }
msg-merge-refused = { $path } থেকে কিছুই একীভূত হয়নি: { $error }
msg-merge-nothing = { $path }-এ এমন কিছু নেই যা এই ওয়ার্কস্পেসে নেই: একীভূত করার কিছু নেই।
msg-merge-cancelled = একীভূতকরণ বাতিল করা হয়েছে: কিছুই বদলায়নি।
# $taken fields came over; $n conflicts were settled as chosen. Undo takes the whole merge back.
msg-merged = { $path } একীভূত করা হয়েছে: { $taken }টি ফিল্ড নেওয়া হয়েছে, { $n }টি অমিল আপনার বাছাই অনুযায়ী নিষ্পত্তি করা হয়েছে। পূর্বাবস্থায় ফেরালে পুরো একীভূতকরণ ফিরিয়ে নেওয়া হবে।

## More messages, dialogs and labels of the window.
dialog-merge-workspace = এই ওয়ার্কস্পেসে অন্য একটি ওয়ার্কস্পেস একীভূত করুন

## File › Merge workspace: the conflicts window
# $file is the other file's name.
merge-title = { $file } একীভূত করুন
merge-summary = { $taken ->
        [one] এটি থেকে { $taken }টি ফিল্ড আসবে।
       *[other] এটি থেকে { $taken }টি ফিল্ড আসবে।
    } { $n ->
        [0] কোনো অমিল নেই।
        [one] { $n }টি অমিল: দুটি ফাইল আলাদা হওয়ার পর দুটিতেই এটি ভিন্নভাবে বদলানো হয়েছে। একটি পক্ষ বেছে নিন।
       *[other] { $n }টি অমিল: দুটি ফাইল আলাদা হওয়ার পর দুটিতেই এগুলো ভিন্নভাবে বদলানো হয়েছে। প্রতিটির জন্য একটি পক্ষ বেছে নিন।
    }
merge-notes = এই ফাইল থেকে রাখা হয়েছে (যাচাই করে নিন)
merge-all-here = সবগুলোর জন্য এই ফাইল
merge-all-there = সবগুলোর জন্য অন্য ফাইল
merge-here = এই ফাইল
merge-there = অন্য ফাইল
merge-both = দুটি গণনাই যোগ করুন
merge-write = নতুন করে লিখুন
# The text box under merge-write, for screen readers.
merge-write-box = নতুন লেখা
# One side of a conflict: the value, who changed it and when (may be empty).
merge-side = { $value } ({ $by } { $time })
# As merge-side when nobody is named.
merge-side-time = { $value } ({ $time })
# $field is a field's key.
merge-field = { $field ->
        [answer] সম্মত উত্তর
        [cards] কার্ড-ভোট
        [phones] ফোন-ভোট
        [rationale] যৌক্তিকতা
        [evidence] প্রমাণ
        [dissent] ভিন্নমত
        [differs-from-table] টেবিলের প্রস্তাব থেকে রুমের ভিন্ন হওয়ার কারণ
        [reason] পরিবর্তনের কারণ
        [actions] পদক্ষেপ
        [comments] পর্যালোচনা-মন্তব্য
       *[other] { $field }
    }
# A ministry of the other file that may be one of this file's; $why is "code" (the codes look alike) or "name" (the same name).
merge-lookalike = অন্য ফাইলের { $there } হলো এখানকার { $here } ({ $why ->
        [code] কোড দুটি প্রায় একই রকম
        [name] একই নাম
       *[other] মিলে গেছে
    })
merge-go = একীভূত করুন
merge-go-needs = আগে আরও { $n }টি অমিলের জন্য একটি পক্ষ বেছে নিন।
merge-cancel = বাতিল করুন
# In the facilitator's panel: the workspace file this record came from in a merge.
panel-record-source = যে ফাইল থেকে একীভূত: { $file }
