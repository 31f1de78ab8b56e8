// The standard clauses a new convention starts from, in both languages. Staff edit them per project; these
// only spare them from retyping what every INDH convention with a cooperative says.

export const STANDARD_OBLIGATIONS = {
  ar: [
    "تلتزم التعاونية بإنجاز المشروع وفق البطاقة التقنية المصادق عليها وفي الآجال المحددة.",
    "تلتزم التعاونية بتقديم مساهمتها المالية كاملة وبتخصيص الدعم حصرياً لأهداف المشروع.",
    "تلتزم التعاونية بمسك محاسبة منتظمة وبتقديم تقرير عن سير المشروع عند كل مرحلة.",
    "تلتزم التعاونية بتسهيل مهام التتبع والمراقبة التي تقوم بها مصالح العمالة أو الإقليم.",
    "تلتزم اللجنة الإقليمية للتنمية البشرية بصرف مساهمة المبادرة على أشطر عند بلوغ المراحل المحددة في هذه الاتفاقية.",
  ].join("\n"),
  fr: [
    "La coopérative s'engage à réaliser le projet conformément à la fiche technique approuvée et dans les délais fixés.",
    "La coopérative s'engage à apporter l'intégralité de sa contribution et à affecter le financement exclusivement aux objectifs du projet.",
    "La coopérative s'engage à tenir une comptabilité régulière et à rendre compte de l'avancement du projet à chaque étape.",
    "La coopérative s'engage à faciliter les missions de suivi et de contrôle des services de la préfecture ou de la province.",
    "Le CPDH s'engage à verser la contribution de l'INDH par tranches, à l'atteinte des étapes fixées par la présente convention.",
  ].join("\n"),
};

export const STANDARD_RESULTS = {
  ar: [
    "اقتناء وتركيب المعدات المنصوص عليها في البطاقة التقنية.",
    "انطلاق النشاط المدر للدخل وتسويق أول إنتاج.",
    "الحفاظ على مناصب الشغل المصرح بها لدى التعاونية وتحسين دخل أعضائها.",
  ].join("\n"),
  fr: [
    "Acquisition et installation des équipements prévus par la fiche technique.",
    "Démarrage de l'activité génératrice de revenus et commercialisation de la première production.",
    "Maintien des emplois déclarés par la coopérative et amélioration du revenu de ses membres.",
  ].join("\n"),
};

/** The label proposed for the milestone that releases tranche `position`: first, middle or last step. */
export function standardMilestoneLabel(position: number, count: number): { ar: string; fr: string } {
  if (position === 1) return { ar: "توقيع الاتفاقية وإطلاق المشروع", fr: "Signature de la convention et lancement du projet" };
  if (position === count) return { ar: "الاستلام النهائي للمشروع", fr: "Réception définitive du projet" };
  return { ar: `تقرير تقدم المشروع رقم ${position - 1}`, fr: `Rapport d'avancement n° ${position - 1}` };
}
