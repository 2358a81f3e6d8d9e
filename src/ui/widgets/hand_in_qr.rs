use yew::prelude::*;

use crate::core::view::results::QrView;

/// The QR code of the results link, for a counselor's phone camera: an inline SVG with a
/// text alternative, drawn by the QR module (`kits/qr`, loaded on demand: 6 kB gzip that the
/// first load does without). Dark modules on a white square in every colour scheme, since
/// many cameras cannot read a light-on-dark code.
pub fn hand_in_qr(qr: &QrView, alt: &'static str) -> Html {
    match qr {
        QrView::Waiting => html! { <div class="qr" aria-hidden="true"></div> },
        QrView::Drawn { view_box, path } => html! {
            <svg class="qr" viewBox={view_box.clone()} role="img" aria-label={alt} shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={path.clone()} fill="#000" />
            </svg>
        },
        QrView::Failed(text) => html! { <p class="muted">{ *text }</p> },
    }
}
