// Paths outside any locale (the proxy sends almost everything to one) land here, in Arabic first.
import "@/app/globals.css";

export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="mx-auto max-w-xl p-8">
        <main>
          <h1 className="text-2xl font-bold">الصفحة غير موجودة</h1>
          <p lang="fr" dir="ltr" className="mt-2">Page introuvable.</p>
          <p className="mt-4">
            <a href="/ar" className="underline">الرئيسية</a> · <a href="/fr" lang="fr" className="underline">Accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
