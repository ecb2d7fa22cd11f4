"""``wa.mailing``: the operations of the spec's tag Mailing, one method each.

Generated from the spec: each method builds its request with the low-level function of the same name
(``walletapp_client.api.mailing``), sends it with the client's timeouts and retries, and returns the
parsed success model or raises one of ``walletapp_client.errors``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import overload
from uuid import UUID

from .._base_client import (
    NOT_GIVEN,
    AsyncClient,
    CallOptions,
    NotGiven,
    Operation,
    SyncClient,
    TimeoutTypes,
    as_model,
    missing,
    parse,
)
from ..api.mailing import create_mail_batch as _create_mail_batch
from ..api.mailing import get_mail_batch as _get_mail_batch
from ..api.mailing import get_template as _get_template
from ..api.mailing import list_templates as _list_templates
from ..api.mailing import send_mail as _send_mail
from ..models.batch_accepted_response import BatchAcceptedResponse
from ..models.mail_batch_request import MailBatchRequest
from ..models.mail_batch_status_response import MailBatchStatusResponse
from ..models.mail_recipient import MailRecipient
from ..models.send_mail_request import SendMailRequest
from ..models.send_mail_response import SendMailResponse
from ..models.template_list_response import TemplateListResponse
from ..models.template_response import TemplateResponse
from ..types import UNSET, Unset, as_uuid

_LIST_TEMPLATES = Operation(
    method="GET",
    path="/templates",
    ability="templates.get",
    read=True,
)
_GET_TEMPLATE = Operation(
    method="GET",
    path="/templates/{id}",
    ability="templates.get",
    read=True,
)
_SEND_MAIL = Operation(
    method="POST",
    path="/mail",
    ability="templates.store",
    read=False,
)
_CREATE_MAIL_BATCH = Operation(
    method="POST",
    path="/mails",
    ability="templates.store",
    read=False,
)
_GET_MAIL_BATCH = Operation(
    method="GET",
    path="/webhooks/mails/{batch_id}",
    ability="templates.get",
    read=True,
)


class Mailing:
    """``wa.mailing``: 5 operations of the WalletApp API."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list_templates(
        self,
        *,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplateListResponse:
        """List the mail templates of a brand.

        Lists the email templates available to the brand's organization.

        The token needs the ``templates.get`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            TemplateListResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_templates._get_kwargs(
            brand_id=as_uuid(brand_id),
        )
        response = self._client.request(_LIST_TEMPLATES, kwargs, options)
        return parse(response, TemplateListResponse.from_dict)

    def get_template(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplateResponse:
        """Inspect a mail template.

        Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
        uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
        recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

        The token needs the ``templates.get`` ability.

        Args:
            id: The identifier of the template.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            TemplateResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_template._get_kwargs(
            id=id,
        )
        response = self._client.request(_GET_TEMPLATE, kwargs, options)
        return parse(response, TemplateResponse.from_dict)

    @overload
    def send_mail(
        self,
        *,
        brand_id: UUID | str,
        template_id: str,
        user: MailRecipient | Mapping[str, object],
        coupon_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        pass_identifier: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse: ...

    @overload
    def send_mail(
        self,
        *,
        body: SendMailRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse: ...

    def send_mail(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        user: MailRecipient | Mapping[str, object] | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        pass_identifier: str | Unset = UNSET,
        body: SendMailRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse:
        """Send a mail to one member.

        Sends a mail made from a template to one member. The recipient's `identifier` is required; any
        other property of the recipient fills the template's merge tag of that name (custom tags, or
        reserved tags to override the system value). With `coupon_id` or `storecard_id`, a pass is created
        and its link fills the `link_to_pass` tag; `pass_identifier` becomes the QR code of that storecard
        pass.

        The token needs the ``templates.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            template_id: The identifier of the mail template.
            user: The member to mail. Every property besides `identifier` fills the template's merge tag
                of that
                name (custom tags, or reserved tags to override the system value).
            coupon_id: Create a pass of this coupon; its link fills the `link_to_pass` tag.
            storecard_id: Create a pass of this storecard; its link fills the `link_to_pass` tag.
            pass_identifier: The QR code of the storecard pass created with `storecard_id`.
            body: The whole request body as a ``SendMailRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SendMailResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            template_id,
            user,
            coupon_id,
            storecard_id,
            pass_identifier,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("send_mail", "brand_id")
            if isinstance(template_id, Unset):
                raise missing("send_mail", "template_id")
            if isinstance(user, Unset):
                raise missing("send_mail", "user")
            body = SendMailRequest(
                brand_id=brand_id,
                template_id=template_id,
                user=as_model(MailRecipient, user),
                coupon_id=coupon_id,
                storecard_id=storecard_id,
                pass_identifier=pass_identifier,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("send_mail(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _send_mail._get_kwargs(
            body=body,
        )
        response = self._client.request(_SEND_MAIL, kwargs, options)
        return parse(response, SendMailResponse.from_dict)

    @overload
    def create_mail_batch(
        self,
        *,
        brand_id: UUID | str,
        template_id: str,
        users: Sequence[MailRecipient | Mapping[str, object]],
        webhook_url: str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    def create_mail_batch(
        self,
        *,
        body: MailBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    def create_mail_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        users: Sequence[MailRecipient | Mapping[str, object]] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        body: MailBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Send mails in bulk.

        Sends a mail made from a template to many members, asynchronously. Each recipient's `identifier`
        is required; its other properties fill merge tags as in `sendMail`. With `coupon_id`, a pass is
        created for each recipient and its link fills the `link_to_pass` tag. The answer lists the members
        that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent` is POSTed to
        `webhook_url` (when given), and the status page (`getMailBatch`) lists every mail.

        The token needs the ``templates.store`` ability.
        The batch runs in the background: ``wa.batches.wait("mails", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            template_id: The identifier of the mail template.
            users: The members to mail.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed; no webhook without
                it.
            coupon_id: Create a pass of this coupon for each recipient; its link fills the `link_to_pass` tag.
            body: The whole request body as a ``MailBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            template_id,
            users,
            webhook_url,
            coupon_id,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_mail_batch", "brand_id")
            if isinstance(template_id, Unset):
                raise missing("create_mail_batch", "template_id")
            if isinstance(users, Unset):
                raise missing("create_mail_batch", "users")
            body = MailBatchRequest(
                brand_id=brand_id,
                template_id=template_id,
                users=[as_model(MailRecipient, item) for item in users],
                webhook_url=webhook_url,
                coupon_id=coupon_id,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_mail_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_mail_batch._get_kwargs(
            body=body,
        )
        response = self._client.request(_CREATE_MAIL_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    def get_mail_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MailBatchStatusResponse:
        """Get the status and results of a mail batch.

        The status page of a mail batch started with `createMailBatch`: when it was requested, started and
        finished, its status, and every mail with its delivery status. The `link` of the batch's success
        webhook points here.

        The token needs the ``templates.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MailBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_mail_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = self._client.request(_GET_MAIL_BATCH, kwargs, options)
        return parse(response, MailBatchStatusResponse.from_dict)


class AsyncMailing:
    """``awa.mailing``: 5 operations of the WalletApp API (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_templates(
        self,
        *,
        brand_id: UUID | str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplateListResponse:
        """List the mail templates of a brand.

        Lists the email templates available to the brand's organization.

        The token needs the ``templates.get`` ability.

        Args:
            brand_id: The identifier (UUID) of the brand.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            TemplateListResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _list_templates._get_kwargs(
            brand_id=as_uuid(brand_id),
        )
        response = await self._client.request(_LIST_TEMPLATES, kwargs, options)
        return parse(response, TemplateListResponse.from_dict)

    async def get_template(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TemplateResponse:
        """Inspect a mail template.

        Returns a mail template with its HTML and its merge tags. `custom_tags` are the tags the template
        uses; `reserved_tags` are filled in by the system. Both can be given as properties of a mail
        recipient (`sendMail`, `createMailBatch`); a reserved tag given there overrides the system value.

        The token needs the ``templates.get`` ability.

        Args:
            id: The identifier of the template.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            TemplateResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_template._get_kwargs(
            id=id,
        )
        response = await self._client.request(_GET_TEMPLATE, kwargs, options)
        return parse(response, TemplateResponse.from_dict)

    @overload
    async def send_mail(
        self,
        *,
        brand_id: UUID | str,
        template_id: str,
        user: MailRecipient | Mapping[str, object],
        coupon_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        pass_identifier: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse: ...

    @overload
    async def send_mail(
        self,
        *,
        body: SendMailRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse: ...

    async def send_mail(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        user: MailRecipient | Mapping[str, object] | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        storecard_id: UUID | str | Unset = UNSET,
        pass_identifier: str | Unset = UNSET,
        body: SendMailRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SendMailResponse:
        """Send a mail to one member.

        Sends a mail made from a template to one member. The recipient's `identifier` is required; any
        other property of the recipient fills the template's merge tag of that name (custom tags, or
        reserved tags to override the system value). With `coupon_id` or `storecard_id`, a pass is created
        and its link fills the `link_to_pass` tag; `pass_identifier` becomes the QR code of that storecard
        pass.

        The token needs the ``templates.store`` ability.

        Args:
            brand_id: The identifier of the brand.
            template_id: The identifier of the mail template.
            user: The member to mail. Every property besides `identifier` fills the template's merge tag
                of that
                name (custom tags, or reserved tags to override the system value).
            coupon_id: Create a pass of this coupon; its link fills the `link_to_pass` tag.
            storecard_id: Create a pass of this storecard; its link fills the `link_to_pass` tag.
            pass_identifier: The QR code of the storecard pass created with `storecard_id`.
            body: The whole request body as a ``SendMailRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            SendMailResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            template_id,
            user,
            coupon_id,
            storecard_id,
            pass_identifier,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("send_mail", "brand_id")
            if isinstance(template_id, Unset):
                raise missing("send_mail", "template_id")
            if isinstance(user, Unset):
                raise missing("send_mail", "user")
            body = SendMailRequest(
                brand_id=brand_id,
                template_id=template_id,
                user=as_model(MailRecipient, user),
                coupon_id=coupon_id,
                storecard_id=storecard_id,
                pass_identifier=pass_identifier,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("send_mail(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _send_mail._get_kwargs(
            body=body,
        )
        response = await self._client.request(_SEND_MAIL, kwargs, options)
        return parse(response, SendMailResponse.from_dict)

    @overload
    async def create_mail_batch(
        self,
        *,
        brand_id: UUID | str,
        template_id: str,
        users: Sequence[MailRecipient | Mapping[str, object]],
        webhook_url: str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    @overload
    async def create_mail_batch(
        self,
        *,
        body: MailBatchRequest,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse: ...

    async def create_mail_batch(
        self,
        *,
        brand_id: UUID | str | Unset = UNSET,
        template_id: str | Unset = UNSET,
        users: Sequence[MailRecipient | Mapping[str, object]] | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        coupon_id: UUID | str | Unset = UNSET,
        body: MailBatchRequest | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BatchAcceptedResponse:
        """Send mails in bulk.

        Sends a mail made from a template to many members, asynchronously. Each recipient's `identifier`
        is required; its other properties fill merge tags as in `sendMail`. With `coupon_id`, a pass is
        created for each recipient and its link fills the `link_to_pass` tag. The answer lists the members
        that were `queued` and those `not_found`; when the batch has finished, a `BatchEvent` is POSTed to
        `webhook_url` (when given), and the status page (`getMailBatch`) lists every mail.

        The token needs the ``templates.store`` ability.
        The batch runs in the background: ``wa.batches.wait("mails", batch_id)`` waits for
        it to end, and the webhook's payload is read with ``webhooks.parse(body)``.

        Args:
            brand_id: The identifier of the brand.
            template_id: The identifier of the mail template.
            users: The members to mail.
            webhook_url: Where to POST the `BatchEvent` when the batch has finished or failed; no webhook without
                it.
            coupon_id: Create a pass of this coupon for each recipient; its link fills the `link_to_pass` tag.
            body: The whole request body as a ``MailBatchRequest``, instead of its fields.
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            BatchAcceptedResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.store`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            UnprocessableEntityError: 422, a parameter or body field is invalid; ``.errors`` names each one.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        fields = [
            brand_id,
            template_id,
            users,
            webhook_url,
            coupon_id,
        ]
        if body is None:
            if isinstance(brand_id, Unset):
                raise missing("create_mail_batch", "brand_id")
            if isinstance(template_id, Unset):
                raise missing("create_mail_batch", "template_id")
            if isinstance(users, Unset):
                raise missing("create_mail_batch", "users")
            body = MailBatchRequest(
                brand_id=brand_id,
                template_id=template_id,
                users=[as_model(MailRecipient, item) for item in users],
                webhook_url=webhook_url,
                coupon_id=coupon_id,
            )
        elif any(not isinstance(field, Unset) for field in fields):
            raise TypeError("create_mail_batch(): pass body= or the body's fields, not both")

        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _create_mail_batch._get_kwargs(
            body=body,
        )
        response = await self._client.request(_CREATE_MAIL_BATCH, kwargs, options)
        return parse(response, BatchAcceptedResponse.from_dict)

    async def get_mail_batch(
        self,
        *,
        batch_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MailBatchStatusResponse:
        """Get the status and results of a mail batch.

        The status page of a mail batch started with `createMailBatch`: when it was requested, started and
        finished, its status, and every mail with its delivery status. The `link` of the batch's success
        webhook points here.

        The token needs the ``templates.get`` ability.

        Args:
            batch_id: The `batch_id` returned when the batch was requested, as it was returned (any string:
                the bulk
                page shows `<unique_batch_id>`; WalletApp's mail batches and this contract's examples
                use UUIDs).
            extra_headers, timeout, max_retries: Per-call options (see the client).

        Returns:
            MailBatchStatusResponse

        Raises:
            AuthenticationError: 401, the token is missing, unknown or revoked.
            PermissionDeniedError: 403, the token lacks the ``templates.get`` ability.
            NotFoundError: 404, a resource the request names does not exist.
            RateLimitError: 429, too many requests, still after the retries.
            InternalServerError: 5xx, the API failed, still after the retries of a read.
            APIStatusError: any other status that is not 2xx.
            APIConnectionError: no answer (APITimeoutError: not in time), after the retries allowed.
            APIResponseValidationError: the answer does not match the spec.
        """
        options = CallOptions(extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)
        kwargs = _get_mail_batch._get_kwargs(
            batch_id=batch_id,
        )
        response = await self._client.request(_GET_MAIL_BATCH, kwargs, options)
        return parse(response, MailBatchStatusResponse.from_dict)
