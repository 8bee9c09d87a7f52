# CODI Workshop: what participants read on their phones (the voting page and the page
# for typing a code). Shown in the workspace's language, or the one the phone chose.

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
