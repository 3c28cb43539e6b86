# English: membership and the words around every command (joining, leaving, breaks, the
# agreement, help, privacy, and the dispatcher's kind refusals). The reference for cy and pl.

## Joining

join-already = You're already a member of { $group }. Welcome back! /help shows what you can do.
join-updated = You're a member of { $group }. The agreement has been updated since you joined: here it is.
join-welcome = Welcome to { $group }. Before you join, here is what we agree on together.
join-later-member = No problem: you're still a member of { $group }, and I won't ask again. /agreement shows it any time.
join-later = No problem. Send /join whenever you are ready.
join-changed = The agreement has changed since that button was shown. Here is the current one:
join-read-again = Thank you for reading the agreement again. You're all set in { $group }.
join-hello = Welcome, { $name }! 👋
join-hello-back = Welcome back, { $name }! 👋
join-in = You're in { $group }. Each week there's a check-in; you can also send /checkin any time. /buddy pairs you with someone, /away takes a break, and /support is there whenever you need it.
join-kept = Your check-ins and their notes are kept for { $months ->
    [one] { $months } month
   *[other] { $months } months
}, then deleted; /mydata shows what I keep and /forgetme erases it.

## Leaving, breaks, coming back

leave-ask = Do you want to leave { $group }? You'll stop getting check-ins and buddy rounds.
leave-yes = Yes, leave
leave-no = Stay
leave-staying = Glad you're staying.
leave-done = You've left { $group }. Thank you for being part of it; you're welcome back any time with /join. Your past check-ins are still yours: /mydata shows them and /forgetme erases them.
away-forever = Take all the time you need. I'll leave you in peace until you send /back: no check-ins and no buddy rounds. We'll be glad to see you when you're back.
away-until = Take all the time you need. I'll leave you in peace until { $date }: no check-ins and no buddy rounds. We'll be glad to see you when you're back.
away-weeks = You can be away for 1 to 52 weeks, like /away 3, or just /away until you send /back.
back-welcome = Welcome back to { $group }! It's good to have you. /checkin whenever you like.
back-not-away = You weren't away, so nothing to change. It's good to see you!

## The agreement

agreement-title = { $group }: our agreement
agreement-accept = Accept
agreement-accept-join = Accept and join
agreement-not-now = Not now
agreement-how-to-set = To change the agreement, a facilitator sends /agreement set followed by the new text.
agreement-updated = The group agreement has been updated (version { $version }). I'll show it to each member once, the next time they use me; nothing is on hold meanwhile, and /agreement shows it any time.
agreement-offer = The group agreement has been updated. Have a read when you have a moment, and tap Accept if you are happy with it. Nothing is on hold meanwhile, and /agreement shows it any time.
agreement-too-short = An agreement needs a few words at least. For example: /agreement set We listen without judging. What is said here stays here.
agreement-too-long = That agreement is over 3,000 characters: please keep it shorter so people read it.
agreement-default-1 = What is said here stays here.
agreement-default-2 = We listen without judging and speak from our own experience.
agreement-default-3 = Everyone is equal here; nobody has to fix anybody.
agreement-default-4 = Be kind, and take a break whenever you need one.
agreement-default-5 = In an emergency, call your local emergency number; /support lists people to talk to.

## Refusals, and what the dispatcher says

members-refuse-facilitator = That one is for the group's facilitators. If you'd like something changed, have a word with one of them.
members-refuse-member = You haven't joined { $group } with me yet. Send /join to read the group agreement and join.
members-refuse-member-here = You haven't joined this group with me yet. Send /join to read the group agreement and join.
members-prompt-now = Post this week's check-in now
dispatch-sorry = Sorry, something went wrong on my side. Please try again in a moment. If you need someone to talk to now, /support lists people who can help.
dispatch-old-button = Sorry, that button doesn't work any more. Send /help to see what I can do.
dispatch-unknown = I don't know /{ $name }.
dispatch-did-you-mean = Did you mean /{ $near }?
dispatch-see-help = Send /help to see what I can do.
dispatch-in-group-chat = Please send /{ $command } in the group chat you'd like me to look after.
dispatch-no-group = You're not in a group with me yet. Ask your group's facilitator how to join, then send /join in the group chat.
dispatch-not-set-up = This chat isn't set up yet. A facilitator can start with /setup, for example: /setup Europe/London sunday 19:00 Tuesday Parents
dispatch-go-private = Let's do that in a private chat with me, so it stays between us.
dispatch-go-private-start = Tap below and press Start, and we'll carry on there.
dispatch-go-private-send = Tap below, then send /{ $command } there.
dispatch-which-group = You are in more than one group. Which one is this about?
dispatch-not-your-group = That group isn't one of yours any more. Send /help to carry on.
dispatch-group-picked = Got it: what you send me here is now about { $group }. Please send your command again.

## Plain words in a private chat

free-text-thanks = Thank you for writing. I'm a bot, so I can't talk things through with you myself, but people can.
free-text-support = If things feel too much right now, /support lists people you can talk to, any time.
free-text-checkin = If you would like to check in with your group, tap how you are this week.
free-text-help = /help shows everything else I can do.

## Help

help-intro = I help this group keep its weekly rhythm: check-ins, buddies, tips and meetups. Here's what you can send me:
help-facilitators = For facilitators:
help-not-set-up = This chat is not set up yet: a facilitator starts with /setup.
help-add-to-group = To bring me into a group of your own, open this link and pick the group: { $link }
help-support = If you need someone to talk to right now, /support lists helplines.

## Your data

forgetme-what = This erases everything I keep about you, in every group: check-ins and notes, tips, meetups you suggested (anyone who answered one still ahead is told it is called off) and your answers, buddies, topics and your avoid list. It cannot be undone.
forgetme-platform = Messages you wrote in the group chat itself belong to the platform, not to me: you can delete those there. If you'd like to keep a copy first, /mydata gives you one.
forgetme-ask = Erase everything now?
forgetme-yes = Yes, erase everything
forgetme-no = No, keep it
forgetme-go-private = Let's do that in a private chat with me. Tap below and press Start, and we'll carry on there.
forgetme-kept = Nothing was erased. Glad you are still here.
forgetme-old-button = Sorry, that button doesn't work any more. Send /forgetme to start again.
forgetme-done = Done: everything I kept about you is erased. If you ever want to come back, /join starts afresh. Take care of yourself, and /support is there for anyone, any time.
mydata-file = Here is everything I keep about you, in every group, as a file. Only you can see this. /forgetme erases all of it.

## Your weeks (/myweeks)

myweeks-spans = I can look back 3 months, 6 months or a year: /myweeks 3m, /myweeks 6m or /myweeks 1y.
myweeks-only-you = Only you can see this.
myweeks-checked-in = Since { $since } you have checked in { $count ->
    [one] { $count } time
   *[other] { $count } times
}.
myweeks-checked-in-away = Since { $since } you have checked in { $count ->
    [one] { $count } time
   *[other] { $count } times
}, and taken { $away ->
    [one] { $away } week
   *[other] { $away } weeks
} away.
myweeks-away = Since { $since } you have taken { $away ->
    [one] { $away } week
   *[other] { $away } weeks
} away. /checkin is there whenever you'd like it.
myweeks-none = There are no check-ins to show since { $since }. /checkin is there whenever you'd like it.
