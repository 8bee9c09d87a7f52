# CODI Workshop: what participants read on their phones (the voting page and the page
# for typing a code). Shown in the workspace's language, or the one the phone chose.

## The page for typing a code.

phone-landing-title = CODI Workshop: type your code
phone-landing-label = The code on the projector, or on your table's sheet
phone-landing-open = Open
phone-landing-note = Capitals or small letters, both work. No account and no app: your phone keeps only a random number so that it votes once.
phone-not-open = This code is not open. Check the code on the projector, or on your table's sheet.
phone-no-page = There is no page at this address. Type the code instead.

## The voting page.

phone-title = CODI room vote
phone-language = Language
phone-connecting = Connecting…
phone-noscript = This page needs JavaScript to send your vote. Without it, vote with your card: the facilitator counts the cards too.
phone-waiting-title = Waiting for the facilitator
phone-waiting = Waiting for the facilitator.
phone-area = Area { $number } of { $areas }
phone-anonymous = Votes are anonymous: only the counts are kept, and no one sees who chose what.
phone-voted = { $voted ->
    [one] { $voted } phone has voted.
   *[other] { $voted } phones have voted.
}
phone-your-mark = ✔ Your vote
phone-your-vote = Your vote: { $vote }. You can change it until voting closes.
phone-tap = Tap your answer.
phone-result = n = { $n } · median { $median }
phone-result-no-median = n = { $n }
phone-closed = Voting on this area has closed.
phone-closed-yours = Voting on this area has closed. Your vote: { $vote }.
phone-ended-title = This vote has ended
phone-ended = This vote has ended. Thank you. When the facilitator starts the next one, scan the new code on the projector.
phone-lost = The facilitator's laptop is not answering. Keep this page open: it goes on by itself when the laptop is back.
phone-retrying = No connection to the facilitator's laptop. Retrying…
phone-sending = Sending…
phone-not-sent = The vote did not arrive: the laptop is not answering. Tap again in a moment.
phone-too-many-phones = Too many phones from this address have joined this vote. Raise your card instead.
phone-code-not-open = This code is not open. Check the projector or your table's sheet.
phone-too-many-requests = Too many requests or wrong codes from this device. Wait { $seconds } seconds, then try again.
phone-not-joined = This phone has not joined this vote; reload the page.
phone-unreadable = The vote could not be read.
phone-no-area = The vote names no area.
phone-not-an-answer = That is not an answer.
phone-counted = Vote counted.
phone-refused-closed = Voting is closed. Waiting for the facilitator.
phone-refused-not-open = This area is not open for voting any more; the page now shows the open one.
phone-refused-revealed = Voting on this area has closed: the result is being discussed.
phone-refused-too-fast = Too many votes from this phone; wait a few seconds.
phone-refused-full = The room is full: no more phones can join this vote.
phone-refused-bad-answer = That answer is not on this area's scale.
