# mypy: disallow-any-expr
"""A typical integration written with the SDK: imports, members, passes, a points batch with its webhook,
and a mail. tests/sdk/test_programs.py runs it against the mock next to with_low_level.py, which does the
same with the low-level functions, and compares their lengths."""

from __future__ import annotations

from walletapp_client import WalletApp, webhooks
from walletapp_client.models import BatchSucceeded


def integrate(
    wa: WalletApp, brand: str, storecard: str, organization: str, template: str, hook: str
) -> list[str]:
    log: list[str] = []
    imported = wa.imports.import_members(
        organization_id=organization,
        users=[
            {
                "email": "lotte@example.com",
                "brand_id": brand,
                "name": "Lotte",
                "points": 100,
                "storecard": storecard,
            }
        ],
    )
    log.append(f"imported {imported.imported_members}")

    lotte = next(
        m for m in wa.members.list_members(brand_id=brand, per_page=10) if m.email == "lotte@example.com"
    )
    code = wa.members.get_member_pass_codes(brand_id=brand, email=lotte.email).pass_codes[0]
    wa.passes.update_pass_points(brand_id=brand, pass_code=code, points=10, external_reference="R-1")
    log.append(
        f"balance {wa.passes.get_pass(email=lotte.email, brand_id=brand, pass_code=code).data.storecard}"
    )

    batch = wa.bulk.create_points_batch(
        brand_id=brand,
        storecard_id=storecard,
        webhook_url=hook,
        users=[{"identifier": lotte.identifier, "points": 5}],
    )
    final = wa.batches.wait("points", batch.data.batch_id, poll_interval=0.1)
    log.append(f"batch {final.data.status}: {len(final.data.passes)} passes")

    mail = wa.mailing.send_mail(brand_id=brand, template_id=template, user={"identifier": lotte.identifier})
    log.append(f"mail {mail.data[str(lotte.identifier)].status}")
    return log


def on_webhook(body: bytes) -> str:
    event = webhooks.parse(body)
    return f"batch {event.batch_id}: {event.link if isinstance(event, BatchSucceeded) else event.error}"
