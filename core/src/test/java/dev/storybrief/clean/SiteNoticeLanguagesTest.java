package dev.storybrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storybrief.ingest.RawDocument;
import dev.storybrief.ingest.SourceFormat;
import dev.storybrief.model.Article;
import dev.storybrief.model.ArticleKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A site's notice to its reader is marked in every language storybrief has notice words for, by how it is built
 * (short, addressed to the reader, about the site, no act told), and a short report of the same languages is not.
 * Every text is made up.
 */
class SiteNoticeLanguagesTest {
    /** Notices: a log-in wall, a missing page, a newsletter box, cookies, in the ten languages beside English. */
    static final Map<String, List<String>> NOTICES = Map.of(
            "fr", List.of(
                    "Connexion\n\nVous devez être connecté pour lire la suite de cet article. Créez un compte gratuit"
                            + " ou connectez-vous avec votre adresse e-mail.",
                    "Page introuvable\n\nLa page que vous avez demandée n'existe pas ou a été déplacée. Vérifiez"
                            + " l'adresse ou utilisez la recherche pour trouver ce que vous cherchez.",
                    "Votre session a expiré. Veuillez vous reconnecter à votre compte pour continuer."),
            "de", List.of(
                    "Anmeldung erforderlich\n\nBitte melden Sie sich an, um diesen Artikel weiterzulesen. Sie haben"
                            + " noch kein Konto? Registrieren Sie sich kostenlos mit Ihrer E-Mail-Adresse.",
                    "Diese Seite wurde nicht gefunden. Möglicherweise wurde sie verschoben oder gelöscht. Bitte"
                            + " prüfen Sie die Adresse oder nutzen Sie unsere Suche.",
                    "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Mehr"
                            + " dazu finden Sie in unserer Datenschutzerklärung."),
            "es", List.of(
                    "Inicia sesión\n\nPara seguir leyendo este contenido debes iniciar sesión con tu cuenta. Si aún"
                            + " no tienes una, regístrate gratis con tu correo electrónico.",
                    "Lo sentimos, la página que buscas no existe o se eliminó. Comprueba la dirección o vuelve a la"
                            + " portada de nuestro sitio.",
                    "Suscríbete a nuestro boletín\n\nRecibe cada mañana las noticias más importantes en tu correo."
                            + " Puedes darte de baja cuando quieras."),
            "it", List.of(
                    "Accedi per continuare\n\nPer leggere questo articolo devi accedere con il tuo account. Non hai"
                            + " un account? Registrati gratuitamente con la tua email.",
                    "Pagina non trovata. La pagina che stai cercando non esiste o è stata rimossa. Controlla"
                            + " l'indirizzo oppure torna alla home del sito.",
                    "Questo sito utilizza cookie tecnici e di profilazione. Per saperne di più consulta la nostra"
                            + " informativa sulla privacy."),
            "pt", List.of(
                    "Faça login para continuar\n\nPara ler esta reportagem você precisa entrar na sua conta. Ainda"
                            + " não tem conta? Cadastre-se gratuitamente com seu e-mail.",
                    "Página não encontrada. A página que você procura não existe ou foi removida. Verifique o"
                            + " endereço ou volte para a página inicial do site.",
                    "Receba a nossa newsletter\n\nAs principais notícias do dia no seu e-mail, todas as manhãs."
                            + " Você pode cancelar a assinatura quando quiser."),
            "nl", List.of(
                    "Log in om verder te lezen\n\nDit artikel is alleen beschikbaar voor abonnees. Log in met uw"
                            + " account of maak gratis een account aan met uw e-mailadres.",
                    "Deze pagina bestaat niet. Mogelijk is de pagina verplaatst of verwijderd. Controleer het adres"
                            + " of gebruik de zoekfunctie op onze website.",
                    "Wij gebruiken cookies om onze website goed te laten werken. Lees meer in onze privacyverklaring"
                            + " of pas uw instellingen aan."),
            "ru", List.of(
                    "Вход на сайт\n\nЧтобы продолжить чтение, войдите в свой аккаунт. Если у вас нет учётной записи,"
                            + " зарегистрируйтесь с помощью электронной почты.",
                    "Страница не найдена. Возможно, она была удалена или перемещена. Проверьте адрес или перейдите"
                            + " на главную страницу нашего сайта.",
                    "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы"
                            + " соглашаетесь с нашей политикой конфиденциальности."),
            "ar", List.of(
                    "تسجيل الدخول\n\nيرجى تسجيل الدخول إلى حسابك لمتابعة قراءة هذا المقال. إذا لم يكن لديك حساب،"
                            + " يمكنك إنشاء حساب مجاني باستخدام بريدك الإلكتروني.",
                    "عذراً، الصفحة التي تبحث عنها غير موجودة. ربما تم حذفها أو نقلها. يرجى التحقق من الرابط أو العودة"
                            + " إلى الصفحة الرئيسية للموقع.",
                    "اشترك في النشرة البريدية لتصلك أهم الأخبار يومياً على بريدك الإلكتروني. يمكنك إلغاء الاشتراك في"
                            + " أي وقت."),
            "zh", List.of(
                    "请登录后继续阅读。您还没有账号？请使用手机号码或电子邮箱免费注册。",
                    "抱歉，您访问的页面不存在或已被删除。请检查网址是否正确，或返回本站首页。",
                    "本网站使用Cookie以改善您的浏览体验。继续使用本站即表示您同意我们的隐私政策。"),
            "ja", List.of(
                    "この記事の続きを読むにはログインが必要です。会員登録がまだの方は、メールアドレスで無料登録してください。",
                    "お探しのページは見つかりませんでした。ページが移動または削除された可能性があります。URLをご確認ください。",
                    "当サイトではサービス向上のためにクッキーを使用しています。詳しくはプライバシーポリシーをご覧ください。"));

    /** Short reports of the same languages: each tells someone's act and must not be taken for a notice. */
    static final Map<String, List<String>> REPORTS = Map.of(
            "fr", List.of(
                    "Le site de la mairie de Kellport a été piraté mardi, a indiqué la préfecture. Les pages de"
                            + " paiement en ligne restent fermées.",
                    "Un ferry a heurté un cargo dans le port de Kellport. Les passagers ont quitté le navire sans"
                            + " blessés, selon les pompiers.",
                    "L'application de la banque Norvala a cessé de fonctionner pendant six heures, privant les"
                            + " clients de leurs comptes."),
            "de", List.of(
                    "Die Website der Stadt Kellport ist am Dienstag von Unbekannten lahmgelegt worden, teilte die"
                            + " Polizei mit. Online-Zahlungen sind nicht möglich.",
                    "Die Polizei hat zwei Männer nach einem Einbruch in das Museum festgenommen. Beide kamen gegen"
                            + " Kaution frei.",
                    "Ein Passagierschiff ist im Hafen von Kellport mit einem Frachter zusammengestoßen, sagte ein"
                            + " Sprecher des Hafens. Verletzt wurde niemand."),
            "es", List.of(
                    "La web del ayuntamiento de Kellport sufrió un ataque informático el martes, informó la"
                            + " policía. Los pagos en línea siguen suspendidos.",
                    "Un ferri chocó contra un carguero en el puerto de Kellport. Ningún pasajero resultó herido,"
                            + " según los bomberos.",
                    "La aplicación del banco Norvala dejó de funcionar durante seis horas y miles de clientes no"
                            + " pudieron acceder a sus cuentas."),
            "it", List.of(
                    "Il sito del comune di Kellport è stato colpito da un attacco informatico martedì, ha riferito"
                            + " la polizia. I pagamenti online restano sospesi.",
                    "Un traghetto ha urtato una nave cargo nel porto di Kellport. Nessun passeggero è rimasto"
                            + " ferito, secondo i vigili del fuoco.",
                    "L'app della banca Norvala ha smesso di funzionare per sei ore e migliaia di clienti non hanno"
                            + " potuto accedere ai loro conti."),
            "pt", List.of(
                    "O site da prefeitura de Kellport sofreu um ataque hacker na terça-feira, informou a polícia."
                            + " Os pagamentos online continuam suspensos.",
                    "Uma balsa bateu num navio de carga no porto de Kellport. Nenhum passageiro ficou ferido,"
                            + " segundo os bombeiros.",
                    "O aplicativo do banco Norvala parou de funcionar durante seis horas e milhares de clientes"
                            + " ficaram sem acesso às contas."),
            "nl", List.of(
                    "De website van de gemeente Kellport is dinsdag platgelegd door een aanval, meldde de politie."
                            + " Online betalen is niet mogelijk.",
                    "De politie heeft twee mannen aangehouden na een inbraak in het museum. Beiden zijn op borgtocht"
                            + " vrijgelaten.",
                    "Een veerboot is in de haven van Kellport tegen een vrachtschip gevaren, zei een woordvoerder."
                            + " Niemand raakte gewond."),
            "ru", List.of(
                    "Сайт администрации Келлпорта во вторник подвергся хакерской атаке, сообщили в полиции. Оплата"
                            + " услуг через интернет пока недоступна.",
                    "Паром столкнулся с грузовым судном в порту Келлпорта. Пассажиры не пострадали, заявили"
                            + " спасатели.",
                    "Приложение банка Норвала не работало шесть часов, клиенты не могли войти в свои аккаунты."),
            "ar", List.of(
                    "تعرض موقع بلدية كيلبورت لهجوم إلكتروني يوم الثلاثاء، وفقاً للشرطة. ولا تزال خدمة الدفع عبر"
                            + " الإنترنت معطلة.",
                    "اصطدمت عبارة بسفينة شحن في ميناء كيلبورت، وقال متحدث باسم الميناء إنه لم يصب أحد بأذى.",
                    "أعلنت شركة نورفالا أن تطبيقها توقف عن العمل ست ساعات، ولم يتمكن العملاء من الدخول إلى حساباتهم."),
            "zh", List.of(
                    "新华社凯尔港12月1日电 凯尔港市政府网站周二遭到黑客攻击，警方表示，网上缴费服务暂停。",
                    "一艘渡轮在凯尔港与一艘货船相撞，港务局称，无人受伤。",
                    "诺瓦拉银行的手机应用程序昨天中断了六个小时，数千名用户无法登录账户。"),
            "ja", List.of(
                    "ケルポート市のウェブサイトが火曜日、サイバー攻撃を受けたと警察が発表した。オンライン決済は停止している。",
                    "ケルポート港でフェリーが貨物船と衝突した。港湾当局によると、けが人はいない。",
                    "ノルバラ銀行のアプリが6時間にわたって停止し、利用者がログインできなくなった。"));

    private static Article clean(String text) {
        return new ArticleCleaner().clean(new RawDocument("n", Path.of("n.txt"), SourceFormat.TEXT, text, Map.of()));
    }

    @Test
    void aNoticeIsMarkedInEveryLanguageWithNoticeWords() {
        NOTICES.forEach((language, notices) -> {
            for (String notice : notices) {
                assertThat(SiteNotices.why(null, List.of(notice.split("\n\n")))).as(language + ": " + notice).isPresent();
            }
        });
        assertThat(clean(NOTICES.get("de").get(0)).kind()).isEqualTo(ArticleKind.NOT_AN_ARTICLE);
        assertThat(clean(NOTICES.get("zh").get(1)).kind()).isEqualTo(ArticleKind.NOT_AN_ARTICLE);
    }

    @Test
    void aShortReportIsNotMarkedInAnyLanguage() {
        REPORTS.forEach((language, reports) -> {
            for (String report : reports) {
                assertThat(SiteNotices.why(null, List.of(report.split("\n\n")))).as(language + ": " + report).isEmpty();
                assertThat(clean(report).kind()).as(language + ": " + report).isNotEqualTo(ArticleKind.NOT_AN_ARTICLE);
            }
        });
    }

    @Test
    void aNoticeInALanguageWithoutNoticeWordsIsNeverMarked() {
        // Greek and Korean log-in walls: built as the others, but no words of theirs are listed
        assertThat(SiteNotices.why(null, List.of("Πρέπει να συνδεθείτε για να συνεχίσετε την ανάγνωση. Δημιουργήστε"
                + " δωρεάν λογαριασμό με το email σας."))).isEmpty();
        assertThat(SiteNotices.why(null, List.of("계속 읽으려면 로그인하세요. 계정이 없으면 이메일로 무료 가입할 수 있습니다.")))
                .isEmpty();
    }

    @Test
    void aDatelineOpensAReportNeverANotice() {
        Article report = clean("KELLPORT (Baltic Wire) - Vous pouvez désormais consulter votre compte sur le nouveau"
                + " site de la mairie. Veuillez créer un mot de passe.");
        assertThat(report.filedFrom()).isNotNull();
        assertThat(report.kind()).isNotEqualTo(ArticleKind.NOT_AN_ARTICLE);
    }
}
