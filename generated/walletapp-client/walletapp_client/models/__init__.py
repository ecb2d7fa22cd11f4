"""Contains all the data models used in inputs/outputs"""

from .add_license_plates_request import AddLicensePlatesRequest
from .batch_accepted import BatchAccepted
from .batch_accepted_response import BatchAcceptedResponse
from .batch_failed import BatchFailed
from .batch_state import BatchState
from .batch_succeeded import BatchSucceeded
from .confirmation_response import ConfirmationResponse
from .coupon_batch_request import CouponBatchRequest
from .coupon_batch_user import CouponBatchUser
from .coupon_pass import CouponPass
from .coupon_pass_page import CouponPassPage
from .coupon_pass_request import CouponPassRequest
from .error_message import ErrorMessage
from .existing_member_ids import ExistingMemberIds
from .favorite_location_response import FavoriteLocationResponse
from .field_errors import FieldErrors
from .import_log_entry import ImportLogEntry
from .import_log_response import ImportLogResponse
from .import_members_request import ImportMembersRequest
from .import_result import ImportResult
from .import_user import ImportUser
from .laravel_paginator import LaravelPaginator
from .license_plate_assignment import LicensePlateAssignment
from .list_member_points_request import ListMemberPointsRequest
from .mail_batch_request import MailBatchRequest
from .mail_batch_status import MailBatchStatus
from .mail_batch_status_response import MailBatchStatusResponse
from .mail_deliveries_by_member import MailDeliveriesByMember
from .mail_delivery import MailDelivery
from .mail_recipient import MailRecipient
from .mail_result import MailResult
from .member import Member
from .member_list_response import MemberListResponse
from .member_page import MemberPage
from .member_pass_codes_response import MemberPassCodesResponse
from .member_points import MemberPoints
from .member_points_response import MemberPointsResponse
from .member_update import MemberUpdate
from .new_member_ids import NewMemberIds
from .page_link import PageLink
from .pass_batch_result import PassBatchResult
from .pass_batch_status import PassBatchStatus
from .pass_batch_status_response import PassBatchStatusResponse
from .pass_coupon import PassCoupon
from .pass_response import PassResponse
from .pass_search_brand import PassSearchBrand
from .pass_search_coupon import PassSearchCoupon
from .pass_search_response import PassSearchResponse
from .pass_search_result import PassSearchResult
from .pass_status import PassStatus
from .pass_storecard import PassStorecard
from .pass_transaction import PassTransaction
from .pass_upsert import PassUpsert
from .pass_url import PassUrl
from .points_batch_request import PointsBatchRequest
from .points_batch_user import PointsBatchUser
from .send_mail_request import SendMailRequest
from .send_mail_response import SendMailResponse
from .set_favorite_location_request import SetFavoriteLocationRequest
from .sign_up_members_request import SignUpMembersRequest
from .sign_up_members_response import SignUpMembersResponse
from .signup_result import SignupResult
from .signup_user import SignupUser
from .storecard_batch_request import StorecardBatchRequest
from .storecard_batch_user import StorecardBatchUser
from .storecard_pass import StorecardPass
from .storecard_pass_page import StorecardPassPage
from .success_message import SuccessMessage
from .template import Template
from .template_detail import TemplateDetail
from .template_list_response import TemplateListResponse
from .template_response import TemplateResponse
from .unsubscribe_member_request import UnsubscribeMemberRequest
from .unsubscribe_members_request import UnsubscribeMembersRequest
from .unsubscribe_members_response import UnsubscribeMembersResponse
from .unsubscribe_result import UnsubscribeResult
from .update_members_request import UpdateMembersRequest
from .update_pass_points_request import UpdatePassPointsRequest
from .update_pass_request import UpdatePassRequest
from .upsert_passes_request import UpsertPassesRequest
from .validation_error import ValidationError
from .wallet_pass import WalletPass

__all__ = (
    "AddLicensePlatesRequest",
    "BatchAccepted",
    "BatchAcceptedResponse",
    "BatchFailed",
    "BatchState",
    "BatchSucceeded",
    "ConfirmationResponse",
    "CouponBatchRequest",
    "CouponBatchUser",
    "CouponPass",
    "CouponPassPage",
    "CouponPassRequest",
    "ErrorMessage",
    "ExistingMemberIds",
    "FavoriteLocationResponse",
    "FieldErrors",
    "ImportLogEntry",
    "ImportLogResponse",
    "ImportMembersRequest",
    "ImportResult",
    "ImportUser",
    "LaravelPaginator",
    "LicensePlateAssignment",
    "ListMemberPointsRequest",
    "MailBatchRequest",
    "MailBatchStatus",
    "MailBatchStatusResponse",
    "MailDeliveriesByMember",
    "MailDelivery",
    "MailRecipient",
    "MailResult",
    "Member",
    "MemberListResponse",
    "MemberPage",
    "MemberPassCodesResponse",
    "MemberPoints",
    "MemberPointsResponse",
    "MemberUpdate",
    "NewMemberIds",
    "PageLink",
    "PassBatchResult",
    "PassBatchStatus",
    "PassBatchStatusResponse",
    "PassCoupon",
    "PassResponse",
    "PassSearchBrand",
    "PassSearchCoupon",
    "PassSearchResponse",
    "PassSearchResult",
    "PassStatus",
    "PassStorecard",
    "PassTransaction",
    "PassUpsert",
    "PassUrl",
    "PointsBatchRequest",
    "PointsBatchUser",
    "SendMailRequest",
    "SendMailResponse",
    "SetFavoriteLocationRequest",
    "SignUpMembersRequest",
    "SignUpMembersResponse",
    "SignupResult",
    "SignupUser",
    "StorecardBatchRequest",
    "StorecardBatchUser",
    "StorecardPass",
    "StorecardPassPage",
    "SuccessMessage",
    "Template",
    "TemplateDetail",
    "TemplateListResponse",
    "TemplateResponse",
    "UnsubscribeMemberRequest",
    "UnsubscribeMembersRequest",
    "UnsubscribeMembersResponse",
    "UnsubscribeResult",
    "UpdateMembersRequest",
    "UpdatePassPointsRequest",
    "UpdatePassRequest",
    "UpsertPassesRequest",
    "ValidationError",
    "WalletPass",
)
