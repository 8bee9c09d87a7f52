# CODI Workshop: the sentences of the exported workbooks.
# The About sheet, the notes and the help on a template's score cells, in the workspace's
# language. Sheet names and column heads stay English: files are read back by them.

workbook-workspace = ওয়ার্কস্পেস
workbook-instrument = ইনস্ট্রুমেন্ট
workbook-instrument-version = { $title } (সংস্করণ { $version })
workbook-round = রাউন্ড
# A round on the About sheet: its title, id, date and the instrument version it used.
workbook-round-line = { $title } ({ $id }), { $date }: ইনস্ট্রুমেন্টের সংস্করণ { $version }
workbook-scale = স্কেল
workbook-aggregation = একত্রীকরণ
workbook-exported = এক্সপোর্টের সময়
workbook-exported-by = এক্সপোর্ট করেছেন
workbook-importing = ইমপোর্ট
workbook-importing-note = Scores শিটটি সম্পাদনা করে আবার ইমপোর্ট করা যায় (ফাইল › স্কোর ইমপোর্ট, অথবা `codi-workshop import`); অন্য শিটগুলো শুধু পড়ার জন্য।
workbook-changes-need-two = পরিবর্তন দেখাতে দুটি রাউন্ড প্রয়োজন; এই ওয়ার্কস্পেসে এর চেয়ে কম আছে।
# The help shown on a template's score cell; $levels is the highest level (4).
workbook-score = স্কোর
workbook-score-help = একটি স্তর (সর্বোচ্চ { $levels }), NA (প্রযোজ্য নয়) বা NI (অপর্যাপ্ত তথ্য)।
workbook-not-a-score = স্কোর নয়
workbook-choose-score = তালিকা থেকে একটি স্তর (সর্বোচ্চ { $levels }), NA বা NI বেছে নিন।
