# Polski: rytm grupy. Every message in en/rhythm.ftl, with the same variables. "ty" throughout,
# and forms that do not guess anyone's gender ("ta osoba", "osoba z pary"). Needs a review by a
# first-language speaker (see the README).

## The gentle check-in to someone who has gone quiet, and the word to their buddy

absence-hello = Cześć { $name }, serdeczne pozdrowienia z grupy { $group }. Myślimy o tobie.
absence-whenever = Kiedy tylko zechcesz, krótka odpowiedź da grupie znać, jak się masz: wystarczy stuknąć nastrój poniżej albo wysłać /checkin. Nie trzeba niczego nadrabiać.
absence-break = Jeśli potrzebujesz przerwy, możesz ją sobie zrobić przez /away. A /support jest tu zawsze, kiedy potrzebujesz z kimś porozmawiać.
absence-buddy-told = { $name }, osoba z twojej pary w grupie { $group }, od jakiegoś czasu się nie odzywa. Jeśli masz ochotę, przyjazna wiadomość od ciebie może być miła. Bez żadnej presji.
absence-facilitator = Prywatna notatka, o którą prosisz: { $name } nie odzywa się w grupie { $group } od około { $weeks ->
    [one] { $weeks } tygodnia
   *[other] { $weeks } tygodni
}.
absence-facilitator-told = Ta osoba dostała ode mnie przyjazną wiadomość. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)
absence-facilitator-told-buddy = Ta osoba dostała ode mnie przyjazną wiadomość, a osoba z jej pary o tym wie. Nic nie trzeba robić: znasz ją najlepiej. (/settings notes off wyłącza te notatki.)

## Facilitators' weekly note (names only, never moods or notes)

note-title = Cotygodniowa notatka o grupie { $group }, tydzień od { $date }:
note-checked-in = • Odpowiedzi: { $who }
note-checked-in-count = • Odpowiedzi ({ $all } z { $total } osób): { $who }
note-privately = { $count ->
    [one] { $count } osoba prywatnie
    [few] { $count } osoby prywatnie
   *[many] { $count } osób prywatnie
}
note-names-and-privately = { $names } oraz { $privately }
note-nobody-checked-in = • W tym tygodniu nikt się nie odezwał.
note-quiet = • Od jakiegoś czasu cisza: { $names }. Przyjazne słowo od kogoś może być miłe.
note-nobody-quiet = • Nikt nie milczy od dłuższego czasu.
note-names-only = Tylko imiona: nastroje i notatki zawsze zostają prywatne. Żeby wyłączyć te notatki: /settings notes off

## When the bot may no longer post in the group's channel (Discord's Polish permission names)

note-permission-cant-post = Nie mogę teraz pisać na kanale grupy { $group }: potrzebuję tam uprawnienia { $permission }.
note-permission-waiting = Nic nie przepadnie. Cotygodniowe pytanie i inne wpisy czekają i wyjdą, gdy administrator serwera przywróci mi to uprawnienie (ustawienia kanału, Uprawnienia).
note-permission-view = Wyświetlanie kanałów
note-permission-send = Wysyłanie wiadomości

## Buddies (/buddy): "para" for the pairing, "osoba z pary" for the buddy

buddy-told = Dla jasności: jeśli na jakiś czas zamilkniesz, osoba z twojej pary dostanie o tym wiadomość, żeby ktoś mógł się odezwać.
pair-every = { $weeks ->
    [1] co tydzień
    [few] co { $weeks } tygodnie
   *[many] co { $weeks } tygodni
}
pair-and = { $first } i { $second }
buddy-new = Nie ma sprawy: w następnej rundzie dostaniesz nową parę. Nikt się nie dowie dlaczego.
buddy-avoid-done = Gotowe: nie trafisz do pary z { $name }. To zostaje między nami; nikt się o tym nie dowie. /buddy avoid pokazuje twoją listę.
buddy-avoid-already = To już było ustawione: nie trafisz do pary z { $name }. To zostaje między nami; nikt się o tym nie dowie. /buddy avoid pokazuje twoją listę.
buddy-unknown = Nie znam „/buddy { $action }”. Możesz użyć: { $usage }.
buddy-unavoided = Usunięte z twojej listy. Ta osoba może znów trafić z tobą do pary.
buddy-unavoided-already = Tego już nie było na twojej liście.
buddy-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /buddy, żeby kontynuować.
buddy-off-now = Pary masz wyłączone. Pary dobieramy { $every }, na rozmowę dwóch (czasem trzech) osób.
buddy-on-label = Chcę mieć parę
buddy-now = Twoja para w tej chwili: { $names }.
buddy-next-round = Jesteś na liście do następnej rundy: pary dobieramy { $every }.
buddy-want-new = Prosisz o kogoś nowego, więc w następnej rundzie dostaniesz inną parę.
buddy-show-how = /buddy new prosi o kogoś nowego, /buddy off wstrzymuje pary.
buddy-on = Jesteś na liście: w następnej rundzie ({ $every }) dostaniesz parę i prywatne przedstawienie.
buddy-on-already = Już jesteś na liście: w następnej rundzie ({ $every }) dostaniesz parę i prywatne przedstawienie.
buddy-on-stop = /buddy off wyłącza to w każdej chwili.
buddy-off = Pary masz wyłączone. Nikt się o tym nie dowie. Wyślij /buddy on, kiedy zechcesz znów mieć parę.
buddy-off-already = Pary były już wyłączone. Nikt się o tym nie dowie. Wyślij /buddy on, kiedy zechcesz znów mieć parę.
buddy-avoid-empty = Twoja lista jest pusta. Żeby nigdy nie trafić do pary z jakąś osobą, wyślij /buddy avoid <imię>, na przykład /buddy avoid Sam. Nikt się o tym nie dowie.
buddy-avoid-list = Nie trafisz do pary z: { $names }. Nikt się o tym nie dowie. Stuknij imię, żeby usunąć je z listy.
buddy-avoid-remove = Usuń: { $name }
buddy-avoid-who = Napisz, o kogo chodzi, na przykład: /buddy avoid Sam. To zostaje między nami: nikt się o tym nie dowie.
buddy-avoid-self = To ty! Nigdy nie trafisz do pary ze sobą.
buddy-avoid-not-joined = { $name } nie jest ze mną w tej grupie, więc nie trafisz z tą osobą do pary. Jeśli dołączy później, możesz poprosić jeszcze raz.
buddy-avoid-not-found = Nie mogę znaleźć w tej grupie nikogo o imieniu „{ $name }”. Sprawdź imię tak, jak widać je na czacie grupy, na przykład: /buddy avoid Sam

## A pairing round's private introductions

pair-intro-one = Twoja para w grupie { $group } do następnej rundy ({ $date }): { $name }.
pair-intro-trio = W grupie { $group } do następnej rundy ({ $date }) jesteście w trójkę: ty, { $names }.
pair-they-offer = { $name } może pomóc w tym, czego szukasz: { $topics }.
pair-you-offer = Oferujesz pomoc w tym, czego szuka { $name }: { $topics }.
pair-starter = Na początek rozmowy, jeśli chcesz: { $starter }
pair-say-hello = Przywitajcie się w grupie albo napiszcie do siebie bezpośrednio; wystarczy kilka słów. /buddy off wstrzymuje pary w każdej chwili.
pair-none = W tej rundzie nie udało się dobrać ci pary w grupie { $group }. Spróbuję znowu w następnej rundzie; nic nie musisz robić.
pair-starter-0 = Jaka jedna mała rzecz pomogła ci w tym tygodniu?
pair-starter-1 = Na co czekasz z radością, nawet jeśli to drobiazg?
pair-starter-2 = Co chcesz, żeby więcej ludzi rozumiało w twojej sytuacji?
pair-starter-3 = Jaka rada, którą ktoś ci dał, naprawdę zadziałała?
pair-starter-4 = Jak lubisz spędzać spokojną godzinę, kiedy się trafi?
pair-starter-5 = Co ostatnio wywołało uśmiech na twojej twarzy?
pair-starter-6 = Gdzie chodzisz albo co robisz, żeby naładować baterie?
pair-starter-7 = Co sprawiłoby, że następny tydzień byłby trochę łatwiejszy?
pair-starter-8 = Jaką wskazówkę przekażesz komuś, kto dopiero zaczyna tę drogę?
pair-starter-9 = Co było najlepsze w twoim tygodniu?

## Pairing now (/pair now, for facilitators)

pair-how = Żeby dobrać pary teraz, wyślij /pair now: najpierw zobaczysz prywatny podgląd i nic się nie stanie, dopóki nie potwierdzisz.
pair-already = Pary na tę rundę są już dobrane. Następna runda: { $date } (pary dobieramy { $every }; zmienia to /settings pairing).
pair-too-few = { $count ->
    [one] Na razie za mało osób na rundę: { $count } osoba włączyła pary przez /buddy on, a potrzeba dwóch.
    [few] Na razie za mało osób na rundę: { $count } osoby włączyły pary przez /buddy on, a potrzeba dwóch.
   *[many] Na razie za mało osób na rundę: { $count } osób włączyło pary przez /buddy on, a potrzeba dwóch.
}
pair-preview = **Podgląd**: tak wyglądałyby pary (nic nie jest jeszcze zapisane ani wysłane):
pair-preview-left = Bez pary w tej rundzie: { $names }.
pair-preview-confirm = Potwierdź, żeby dobrać pary teraz: każda osoba dostanie prywatne przedstawienie, a zaplanowane dobieranie w tej rundzie zostanie pominięte. Pary zostają do następnej rundy: { $date }.
pair-confirm-label = Potwierdź: dobierz pary teraz
pair-cancel-label = Anuluj
pair-cancelled = Anulowane: nic nie zostało zapisane ani wysłane.
pair-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /pair now, żeby zobaczyć nowy podgląd.
pair-old-preview = Ten podgląd dotyczył wcześniejszego okresu. Wyślij /pair now, żeby zobaczyć nowy.
pair-already-sent = Pary na tę rundę są już dobrane; nic więcej nie zostało wysłane.
pair-count = { $count ->
    [one] { $count } para
    [few] { $count } pary
   *[many] { $count } par
}
pair-done = Gotowe: { $pairs }. Każda osoba dostanie prywatne przedstawienie w godzinach wysyłki. Następna runda: { $date }.
pair-done-trio = Gotowe: { $pairs } (w tym jedna trójka). Każda osoba dostanie prywatne przedstawienie w godzinach wysyłki. Następna runda: { $date }.

## Topics (/topics): what a member can help with, and what they are looking for

topics-usage = /topics offer <tematy> (w czym możesz pomóc), /topics seek <tematy> (czego szukasz), np. /topics offer zasiłki, odwołania szkolne
topics-nothing-yet = na razie nic
topics-can-help = Możesz pomóc w: { $topics }
topics-looking-for = Szukasz: { $topics }
topics-pairing-prefers = Przy dobieraniu par najchętniej łączę osoby tak, żeby jedna mogła pomóc w tym, czego szuka druga. { $usage }
topics-kinds = Tematy to offer albo seek. { $usage }
topics-which = Jakie tematy? { $usage }. Żeby wyczyścić listę: /topics { $kind } none
topics-none-found = Nie widzę w tym żadnego tematu. { $usage }
topics-cleared-offer = Wyczyszczone: brak tematów, w których możesz pomóc.
topics-cleared-seek = Wyczyszczone: brak tematów, których szukasz.
topics-offer-saved = Dziękuję! Możesz pomóc w: { $topics }. Przy dobieraniu par poszukam osób, które tego szukają.
topics-seek-saved = Jasne: szukasz { $topics }. Przy dobieraniu par poszukam osób, które mogą pomóc. Może /tips { $first } już coś ma.
topics-too-long = Tematy są krótkie: do { $max } znaków każdy, na przykład #zasiłki albo #odwołania-szkolne.
topics-too-many = Najwyżej { $max } tematów dla offer i dla seek. Wybierz te najważniejsze.

## Tips (/tip, /tips): the group's shared knowledge ("wskazówka")

tip-help = Zacznij od #tematu, na przykład: /tip #zasiłki Poproś o notatki z oceny na piśmie
tip-what = Jaka jest twoja wskazówka? { $help }
tip-no-letters = W tym temacie nie ma liter ani cyfr. { $help }
tip-add-text = Po temacie dopisz samą wskazówkę. { $help }
tip-needs-words = Jaka jest twoja wskazówka? Potrzeba kilku słów. { $help }
tip-too-long = Wskazówka może mieć do { $max } znaków; twoja ma { $length }. Dasz radę trochę ją skrócić albo podzielić na dwie?
tip-which = Która wskazówka? /tips pokazuje numer każdej twojej wskazówki, na przykład: /tip remove 12
tip-shared = 💡 { $name } dzieli się wskazówką w temacie { $topic }:
tip-thanks = Dziękuję, że się dzielisz! Zapisane w temacie { $topic } jako wskazówka { $id }; każdy znajdzie ją przez /tips { $topic }.
tip-remove-label = Usuń tę wskazówkę
tip-old-button = Przepraszam, ten przycisk już nie działa. Wyślij /tips, żeby kontynuować.
tip-not-found = Nie mogę znaleźć twojej wskazówki o numerze { $id }. /tips pokazuje numery twoich wskazówek.
tip-removed = Wskazówka { $id } usunięta.
tips-none = Na razie nie ma wskazówek.
tips-none-for = Na razie nie ma wskazówek dla „{ $query }”.
tips-share-one = Podziel się jakąś przez /tip #temat tekst, na przykład: /tip #zasiłki Poproś o notatki na piśmie.
tips-topics-so-far = Tematy do tej pory: { $topics }.
tips-heading-topic = Wskazówki w temacie { $topic } (strona { $page } z { $pages })
tips-heading-query = Wskazówki pasujące do „{ $query }” (strona { $page } z { $pages })
tips-heading-latest = Najnowsze wskazówki (strona { $page } z { $pages })
tips-your-tip = twoja wskazówka { $id }
tips-remove-mine = Usuń moją wskazówkę { $id }
tips-newer = Nowsze wskazówki
tips-older = Starsze wskazówki
tips-more = Jest ich więcej: dodaj słowo lub dwa, żeby zawęzić wyszukiwanie.
