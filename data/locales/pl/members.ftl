# Polski: membership and the words around every command. Every message in en/members.ftl, with
# the same variables; "ty" throughout, and forms that do not guess anyone's gender (the bot's
# own included). "Zasady" for the group agreement, "osoba prowadząca" for a facilitator.
# Needs a review by a first-language speaker (see the README).

## Joining

join-already = Już należysz do grupy { $group }. Witaj z powrotem! /help pokazuje, co możesz zrobić.
join-updated = Należysz do grupy { $group }. Od twojego dołączenia zasady się zmieniły: oto one.
join-welcome = Witaj w grupie { $group }. Zanim dołączysz, zobacz, na co umawiamy się razem.
join-later-member = Nie ma sprawy: nadal należysz do grupy { $group } i nie będę już pytać. /agreement pokaże zasady w każdej chwili.
join-later = Nie ma sprawy. Wyślij /join, kiedy zechcesz.
join-changed = Zasady zmieniły się, odkąd pokazano ten przycisk. Oto aktualne:
join-read-again = Dziękuję za ponowne przeczytanie zasad. W grupie { $group } wszystko gotowe.
join-hello = Witaj, { $name }! 👋
join-hello-back = Witaj z powrotem, { $name }! 👋
join-in = Jesteś w grupie { $group }. Co tydzień pojawia się pytanie, jak się masz; możesz też w każdej chwili wysłać /checkin. /buddy łączy cię w parę z kimś, /away to przerwa, a /support jest zawsze, kiedy potrzebujesz.
join-kept = Twoje odpowiedzi i notatki są przechowywane przez { $months ->
    [one] { $months } miesiąc
    [few] { $months } miesiące
   *[many] { $months } miesięcy
}, a potem usuwane; /mydata pokazuje, co przechowuję, a /forgetme to usuwa.

## Leaving, breaks, coming back

leave-ask = Chcesz opuścić grupę { $group }? Nie będzie już cotygodniowych pytań ani dobierania w pary.
leave-yes = Tak, wychodzę
leave-no = Zostaję
leave-staying = Cieszę się, że zostajesz.
leave-done = Nie należysz już do grupy { $group }. Dziękuję za twoją obecność w niej; możesz wrócić w każdej chwili przez /join. Twoje dawne odpowiedzi nadal są twoje: /mydata je pokazuje, a /forgetme je usuwa.
away-forever = Weź tyle czasu, ile potrzebujesz. Nie będę przeszkadzać, dopóki nie wyślesz /back: żadnych cotygodniowych pytań ani dobierania w pary. Chętnie cię zobaczymy, kiedy wrócisz.
away-until = Weź tyle czasu, ile potrzebujesz. Przerwa trwa do: { $date }. Do tego czasu żadnych cotygodniowych pytań ani dobierania w pary. Chętnie cię zobaczymy, kiedy wrócisz.
away-weeks = Przerwa może trwać od 1 do 52 tygodni, na przykład /away 3, albo po prostu /away, dopóki nie wyślesz /back.
back-welcome = Witaj z powrotem w grupie { $group }! Dobrze, że jesteś. Wyślij /checkin, kiedy zechcesz.
back-not-away = Nie było przerwy, więc nie ma nic do zmiany. Miło cię widzieć!

## The agreement

agreement-title = { $group }: nasze zasady
agreement-accept = Akceptuję
agreement-accept-join = Akceptuję i dołączam
agreement-not-now = Nie teraz
agreement-how-to-set = Żeby zmienić zasady, osoba prowadząca wysyła /agreement set, a po nim nowy tekst.
agreement-updated = Zasady grupy są zmienione (wersja { $version }). Pokażę je każdej osobie raz, kiedy następnym razem do mnie napisze; w międzyczasie nic nie jest wstrzymane, a /agreement pokazuje je w każdej chwili.
agreement-offer = Zasady grupy się zmieniły. Przeczytaj je, kiedy znajdziesz chwilę, i stuknij Akceptuję, jeśli ci odpowiadają. W międzyczasie nic nie jest wstrzymane, a /agreement pokazuje je w każdej chwili.
agreement-too-short = Zasady potrzebują przynajmniej kilku słów. Na przykład: /agreement set Słuchamy bez oceniania. To, co tu mówimy, zostaje tutaj.
agreement-too-long = Te zasady mają ponad 3000 znaków: skróć je, proszę, żeby ludzie je przeczytali.
agreement-default-1 = To, co tu mówimy, zostaje tutaj.
agreement-default-2 = Słuchamy bez oceniania i mówimy z własnego doświadczenia.
agreement-default-3 = Wszyscy są tu równi; nikt nie musi nikogo naprawiać.
agreement-default-4 = Traktujemy się życzliwie, a przerwę można zrobić zawsze, kiedy trzeba.
agreement-default-5 = W nagłej sytuacji dzwoń pod lokalny numer alarmowy; /support podaje osoby, z którymi można porozmawiać.

## Refusals, and what the dispatcher says

members-refuse-facilitator = To polecenie jest dla osób prowadzących grupę. Jeśli chcesz coś zmienić, porozmawiaj z jedną z nich.
members-refuse-member = Nie należysz jeszcze do grupy { $group }. Wyślij /join, żeby przeczytać zasady grupy i dołączyć.
members-refuse-member-here = Nie należysz jeszcze do tej grupy. Wyślij /join, żeby przeczytać zasady grupy i dołączyć.
members-prompt-now = Wyślij teraz pytanie na ten tydzień
dispatch-sorry = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę. Jeśli potrzebujesz teraz z kimś porozmawiać, /support podaje osoby, które mogą pomóc.
dispatch-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /help, żeby zobaczyć, co umiem.
dispatch-unknown = Nie znam polecenia /{ $name }.
dispatch-did-you-mean = Czy chodzi o /{ $near }?
dispatch-see-help = Wyślij /help, żeby zobaczyć, co umiem.
dispatch-in-group-chat = Wyślij /{ $command } na czacie grupy, którą mam się zajmować.
dispatch-no-group = Nie jesteś jeszcze w żadnej grupie, w której działam. Zapytaj osobę prowadzącą twoją grupę, jak dołączyć, a potem wyślij /join na czacie grupy.
dispatch-not-set-up = Ten czat nie jest jeszcze skonfigurowany. Osoba prowadząca może zacząć od /setup, na przykład: /setup Europe/London sunday 19:00 Tuesday Parents
dispatch-go-private = Zróbmy to na prywatnym czacie ze mną, żeby zostało między nami.
dispatch-go-private-start = Stuknij poniżej i naciśnij Start, a tam będziemy kontynuować.
dispatch-go-private-send = Stuknij poniżej, a potem wyślij tam /{ $command }.
dispatch-which-group = Należysz do więcej niż jednej grupy. Której to dotyczy?
dispatch-not-your-group = Nie należysz już do tej grupy. Wyślij /help, żeby kontynuować.
dispatch-group-picked = Jasne: to, co tu wysyłasz, dotyczy teraz grupy { $group }. Wyślij polecenie jeszcze raz.

## Plain words in a private chat

free-text-thanks = Dziękuję za wiadomość. Jestem botem, więc nie mogę z tobą tego omówić, ale ludzie mogą.
free-text-support = Jeśli teraz wszystkiego jest za dużo, /support podaje osoby, z którymi możesz porozmawiać, o każdej porze.
free-text-checkin = Jeśli chcesz odezwać się w swojej grupie, stuknij, jak się masz w tym tygodniu.
free-text-help = /help pokazuje wszystko inne, co umiem.

## Help

help-intro = Pomagam tej grupie trzymać cotygodniowy rytm: pytania o samopoczucie, pary, porady i spotkania. Oto, co możesz mi wysłać:
help-facilitators = Dla osób prowadzących:
help-not-set-up = Ten czat nie jest jeszcze skonfigurowany: osoba prowadząca zaczyna od /setup.
help-add-to-group = Żeby dodać mnie do własnej grupy, otwórz ten link i wybierz grupę: { $link }
help-support = Jeśli potrzebujesz teraz z kimś porozmawiać, /support podaje telefony zaufania.

## Your data

forgetme-what = To usuwa wszystko, co o tobie przechowuję, we wszystkich grupach: odpowiedzi i notatki, porady, spotkania zaproponowane przez ciebie (osoby, które odpowiedziały na spotkanie, które jeszcze się nie odbyło, dostaną wiadomość, że jest odwołane) i twoje odpowiedzi na zaproszenia, pary, tematy i listę osób do unikania. Tego nie da się cofnąć.
forgetme-platform = Wiadomości napisane na czacie grupy należą do platformy, nie do mnie: możesz je tam usunąć. Jeśli chcesz najpierw zachować kopię, /mydata ją da.
forgetme-ask = Usunąć wszystko teraz?
forgetme-yes = Tak, usuń wszystko
forgetme-no = Nie, zostaw
forgetme-go-private = Zróbmy to na prywatnym czacie ze mną. Stuknij poniżej i naciśnij Start, a tam będziemy kontynuować.
forgetme-kept = Nic nie zostało usunięte. Cieszę się, że nadal tu jesteś.
forgetme-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /forgetme, żeby zacząć od nowa.
forgetme-done = Gotowe: wszystkie dane o tobie są usunięte. Jeśli kiedyś zechcesz wrócić, /join pozwoli zacząć od nowa. Dbaj o siebie, a /support jest dla każdego, o każdej porze.
mydata-file = Oto wszystko, co o tobie przechowuję, we wszystkich grupach, w jednym pliku. Widzisz to tylko ty. /forgetme usuwa to wszystko.

## Your weeks (/myweeks)

myweeks-spans = Mogę pokazać 3 miesiące, 6 miesięcy albo rok wstecz: /myweeks 3m, /myweeks 6m albo /myweeks 1y.
myweeks-only-you = Widzisz to tylko ty.
myweeks-checked-in = Od { $since }: { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
   *[many] { $count } odpowiedzi
}.
myweeks-checked-in-away = Od { $since }: { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
   *[many] { $count } odpowiedzi
} i { $away ->
    [one] { $away } tydzień
    [few] { $away } tygodnie
   *[many] { $away } tygodni
} przerwy.
myweeks-away = Od { $since }: { $away ->
    [one] { $away } tydzień
    [few] { $away } tygodnie
   *[many] { $away } tygodni
} przerwy. /checkin czeka, kiedy zechcesz.
myweeks-none = Od { $since } nie ma odpowiedzi do pokazania. /checkin czeka, kiedy zechcesz.
