# CODI Workshop: what participants read on their phones (the voting page, the page
# for typing a code, and a table's page for scoring its ministry). Shown in the
# workspace's language, or the one the phone chose.

## The page for typing a code.

phone-landing-title = CODI Workshop: আপনার কোড লিখুন
phone-landing-label = প্রজেক্টরে দেখানো কোড, অথবা আপনার টেবিলের শিটে থাকা কোড
phone-landing-open = খুলুন
phone-landing-note = বড় হাতের বা ছোট হাতের অক্ষর, দুটোই চলবে। কোনো অ্যাকাউন্ট বা অ্যাপ লাগবে না: আপনার ফোন শুধু একটি এলোমেলো নম্বর রাখে, যাতে একবারই ভোট দেওয়া যায়।
phone-not-open = এই কোডটি খোলা নেই। প্রজেক্টরে বা আপনার টেবিলের শিটে কোডটি মিলিয়ে দেখুন।
phone-no-page = এই ঠিকানায় কোনো পৃষ্ঠা নেই। এর বদলে কোডটি লিখুন।

## The voting page.

phone-title = CODI রুম ভোট
phone-language = ভাষা
phone-connecting = সংযোগ করা হচ্ছে…
phone-noscript = আপনার ভোট পাঠাতে এই পৃষ্ঠায় JavaScript প্রয়োজন। তা না থাকলে কার্ড দিয়ে ভোট দিন: সঞ্চালক কার্ডগুলোও গণনা করেন।
phone-waiting-title = সঞ্চালকের অপেক্ষায়
phone-waiting = সঞ্চালকের জন্য অপেক্ষা করা হচ্ছে।
phone-area = { $areas }টির মধ্যে ক্ষেত্র { $number }
phone-anonymous = ভোট বেনামি: শুধু ভোটের সংখ্যা রাখা হয়, কে কী বেছে নিয়েছেন তা কেউ দেখতে পারে না।
phone-voted = { $voted ->
    [one] { $voted }টি ফোন থেকে ভোট দেওয়া হয়েছে।
   *[other] { $voted }টি ফোন থেকে ভোট দেওয়া হয়েছে।
}
phone-your-mark = ✔ আপনার ভোট
phone-your-vote = আপনার ভোট: { $vote }। ভোটগ্রহণ বন্ধ হওয়া পর্যন্ত আপনি এটি বদলাতে পারবেন।
phone-tap = আপনার উত্তরে ট্যাপ করুন।
phone-result = n = { $n } · মধ্যমা { $median }
phone-result-no-median = n = { $n }
phone-closed = এই ক্ষেত্রে ভোটগ্রহণ বন্ধ হয়েছে।
phone-closed-yours = এই ক্ষেত্রে ভোটগ্রহণ বন্ধ হয়েছে। আপনার ভোট: { $vote }।
phone-ended-title = এই ভোট শেষ হয়েছে
phone-ended = এই ভোট শেষ হয়েছে। ধন্যবাদ। সঞ্চালক পরের ভোট শুরু করলে প্রজেক্টরে দেখানো নতুন কোডটি স্ক্যান করুন।
phone-lost = সঞ্চালকের ল্যাপটপ সাড়া দিচ্ছে না। এই পৃষ্ঠাটি খোলা রাখুন: ল্যাপটপ আবার যুক্ত হলে এটি নিজে থেকেই চলতে থাকবে।
phone-retrying = সঞ্চালকের ল্যাপটপের সঙ্গে সংযোগ নেই। আবার চেষ্টা করা হচ্ছে…
phone-sending = পাঠানো হচ্ছে…
phone-not-sent = ভোটটি পৌঁছায়নি: ল্যাপটপ সাড়া দিচ্ছে না। একটু পরে আবার ট্যাপ করুন।
phone-too-many-phones = এই ঠিকানা থেকে অনেক বেশি ফোন এই ভোটে যোগ দিয়েছে। এর বদলে আপনার কার্ড তুলে ধরুন।
phone-code-not-open = এই কোডটি খোলা নেই। প্রজেক্টরে বা আপনার টেবিলের শিটে মিলিয়ে দেখুন।
phone-too-many-requests = এই ডিভাইস থেকে অনেক বেশি অনুরোধ বা ভুল কোড এসেছে। { $seconds } সেকেন্ড অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
phone-not-joined = এই ফোনটি এই ভোটে যোগ দেয়নি; পৃষ্ঠাটি আবার লোড করুন।
phone-unreadable = ভোটটি পড়া যায়নি।
phone-no-area = ভোটে কোনো ক্ষেত্রের উল্লেখ নেই।
phone-not-an-answer = এটি কোনো উত্তর নয়।
phone-counted = ভোট গণনা করা হয়েছে।
phone-refused-closed = ভোটগ্রহণ বন্ধ। সঞ্চালকের জন্য অপেক্ষা করা হচ্ছে।
phone-refused-not-open = এই ক্ষেত্রে আর ভোট দেওয়া যাবে না; পৃষ্ঠাটি এখন খোলা ক্ষেত্রটি দেখাচ্ছে।
phone-refused-revealed = এই ক্ষেত্রে ভোটগ্রহণ বন্ধ হয়েছে: ফলাফল নিয়ে আলোচনা চলছে।
phone-refused-too-fast = এই ফোন থেকে অনেক বেশি ভোট এসেছে; কয়েক সেকেন্ড অপেক্ষা করুন।
phone-refused-full = রুম পূর্ণ: এই ভোটে আর কোনো ফোন যোগ দিতে পারবে না।
phone-refused-bad-answer = এই উত্তরটি এই ক্ষেত্রের স্কেলে নেই।

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-title = CODI টেবিলভিত্তিক স্কোরিং
table-areas = ক্ষেত্রসমূহ
table-noscript = আপনার টেবিলের উত্তর সংরক্ষণ করতে এই পৃষ্ঠায় JavaScript প্রয়োজন। তা না থাকলে উত্তরগুলো আপনার টেবিলের শিটে লিখে শিটটি সঞ্চালকের কাছে জমা দিন।
table-area-answered = ক্ষেত্র { $number }: { $title } (উত্তর: { $answer })
table-area-not-answered = ক্ষেত্র { $number }: { $title } (উত্তর দেওয়া হয়নি)
table-area-of = { $total }টির মধ্যে ক্ষেত্র { $number }: { $title }
table-note = সঞ্চালকের বার্তা: { $note }
table-submitted-note = আপনার টেবিল উত্তরগুলো জমা দিয়েছে। কোনো উত্তর বদলাতে নিচের ‘আবার খুলুন’ বোতাম চাপুন।
table-guiding-questions = সহায়ক প্রশ্ন
table-last-round = গত রাউন্ড: { $answer }
table-your-choice = ✔ আপনার টেবিলের বাছাই
table-rationale = যৌক্তিকতা: কেন এই স্তর?
table-evidence = প্রমাণ: দলিল, তথ্য-উপাত্ত, দৃষ্টান্ত
table-kept-here = এখানে যা লেখা হয়, সঞ্চালকের ল্যাপটপে না পৌঁছানো পর্যন্ত তা এই ডিভাইসে রাখা থাকে: পৃষ্ঠা আবার লোড করলে বা সংযোগ বিচ্ছিন্ন হলেও কিছুই হারাবে না।
# What a device chose when it chose no answer (in table-other-chose and table-choose-again).
table-nothing = কোনোটিই নয়
table-other-chose = আপনার টেবিলের অন্য একটি ডিভাইস বেছে নিয়েছে: { $theirs } (উপরে দেখানো হয়েছে)। আপনি বেছে নিয়েছিলেন: { $mine }।
table-other-typed = আপনি লেখার সময় আপনার টেবিলের অন্য একটি ডিভাইস উপরের লেখাটি সংরক্ষণ করেছে। আপনার লেখা হারায়নি:
table-choose-again = আবার বেছে নিন: { $answer }
table-use-mine = এর বদলে আমার লেখাটি ব্যবহার করুন
table-add-mine = আমার লেখাটি নিচে যোগ করুন
table-keep-saved = সংরক্ষিত বাছাইটি রাখুন
table-drop-mine = আমার লেখাটি বাদ দিন
table-previous = ◀ আগের
table-next = পরের ▶
table-submit = জমা দিন ({ $total }টির মধ্যে { $answered }টি)
table-reopen = আবার খুলুন
table-merged = আপনি লেখার সময় আপনার টেবিলের অন্য একটি ডিভাইস এই ক্ষেত্রটি সংরক্ষণ করেছে: সেই লেখাটি দেখানো হচ্ছে, আপনার লেখা তার নিচে রাখা আছে।
table-updated = আপনার টেবিলের অন্য একটি ডিভাইস থেকে হালনাগাদ করা হয়েছে।
table-both-shown = আপনার টেবিলের অন্য একটি ডিভাইসও এই ক্ষেত্রটি সংরক্ষণ করেছে: দুটি সংস্করণই দেখানো হচ্ছে।
table-status-submitted = জমা দেওয়া হয়েছে। সঞ্চালক টেবিলভিত্তিক স্কোরিং বন্ধ না করা পর্যন্ত আপনি আবার খুলতে পারবেন।
table-status-unsaved = { $count }টি ক্ষেত্র এখনো ল্যাপটপে পৌঁছায়নি: এই ডিভাইসে রাখা আছে, পাঠানো হচ্ছে…
table-status-answered = { $total }টির মধ্যে { $answered }টি ক্ষেত্রের উত্তর দেওয়া হয়েছে। সবকিছু নিজে থেকেই সংরক্ষিত হয়।
table-saving = সংরক্ষণ করা হচ্ছে…
table-saved = সংরক্ষিত হয়েছে: { $time }
table-not-saved = সংরক্ষিত হয়নি: { $message }
table-not-saved-yet = এখনো সংরক্ষিত হয়নি: সঞ্চালকের ল্যাপটপের সঙ্গে সংযোগ নেই। এই ডিভাইসে রাখা আছে; আবার চেষ্টা করা হচ্ছে…
table-lost = সঞ্চালকের ল্যাপটপ সাড়া দিচ্ছে না। এই পৃষ্ঠাটি খোলা রাখুন: আপনার উত্তরগুলো এই ডিভাইসে সংরক্ষিত আছে এবং ল্যাপটপ আবার যুক্ত হলে পাঠানো হবে।
table-kept-until-open = { $count }টি ক্ষেত্র এই ডিভাইসে রাখা আছে; টেবিলভিত্তিক স্কোরিং আবার চালু হলে সেগুলো পাঠানো হবে।
table-not-submitted = সঞ্চালকের ল্যাপটপের সঙ্গে সংযোগ নেই: জমা দেওয়া হয়নি। একটু পরে আবার চেষ্টা করুন।
table-not-reopened = সঞ্চালকের ল্যাপটপের সঙ্গে সংযোগ নেই: আবার খোলা হয়নি। একটু পরে আবার চেষ্টা করুন।
table-retrying = সঞ্চালকের ল্যাপটপের সঙ্গে সংযোগ নেই। আবার চেষ্টা করা হচ্ছে…

## The table page: the laptop's replies.

table-closed = টেবিলভিত্তিক স্কোরিং বন্ধ হয়েছে। আপনার টেবিল যা সংরক্ষণ করেছে তা সঞ্চালকের ল্যাপটপে আছে; যা সংরক্ষিত হয়নি তা এই ডিভাইসে থেকে যাবে।
table-refused-closed = টেবিলভিত্তিক স্কোরিং চালু নেই। সঞ্চালককে জিজ্ঞাসা করুন।
table-refused-code = এই টেবিল কোডটি বৈধ নয় (বা আর বৈধ নেই)। আপনার টেবিলের ঠিকানার জন্য সঞ্চালককে জিজ্ঞাসা করুন।
table-refused-area = এই ক্ষেত্রটি এই রাউন্ডের ইনস্ট্রুমেন্টে নেই।
# $why says what was wrong with the text or answer.
table-refused-invalid = সংরক্ষিত হয়নি: { $why }
table-refused-submitted = আপনার টেবিল উত্তরগুলো জমা দিয়েছে। কোনো উত্তর বদলাতে আবার খুলুন।
table-refused-conflict = আপনি লেখার সময় আপনার টেবিলের অন্য একটি ডিভাইস এই ক্ষেত্রটি সংরক্ষণ করেছে।
table-unreadable-save = সংরক্ষণের তথ্য পড়া যায়নি।
table-unreadable-request = অনুরোধটি পড়া যায়নি।
table-save-no-area = সংরক্ষণে কোনো ক্ষেত্রের উল্লেখ নেই।
table-not-an-answer = এটি কোনো উত্তর নয়।
table-reply-saved = সংরক্ষিত হয়েছে।
table-reply-submitted = জমা দেওয়া হয়েছে।
table-reply-reopened = আবার খোলা হয়েছে।

## The voting page.
# The round was signed off (validated) after review: it is read-only.
phone-refused-validated = এই রাউন্ডটি অনুমোদিত হয়েছে; এতে আর ভোট নেওয়া হবে না।

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.
table-validated-note = পর্যালোচনার পর এই রাউন্ডটি অনুমোদিত হয়েছে: এর উত্তরগুলো পড়া যাবে, কিন্তু আর বদলানো যাবে না।

## The table page: the laptop's replies.
# The round was signed off (validated) after review: nothing more is saved. The page keeps what was typed.
table-refused-validated = এই রাউন্ডটি অনুমোদিত হয়েছে; এতে আর কোনো পরিবর্তন নেওয়া হবে না। আপনি যা লিখেছেন তা এই পৃষ্ঠায় থাকবে; সঞ্চালককে জিজ্ঞাসা করুন।
