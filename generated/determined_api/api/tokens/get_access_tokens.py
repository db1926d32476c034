from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_access_tokens_request_sort_by import (
    GetAccessTokensRequestSortBy,
)
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_access_tokens_response import GetAccessTokensResponse
    from ...models.token_info import TokenInfo


def _get_kwargs(
    *,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["offset"] = offset

    params["limit"] = limit

    json_token_ids: list[int] | Unset = UNSET
    if not isinstance(token_ids, Unset):
        json_token_ids = token_ids

    params["tokenIds"] = json_token_ids

    params["username"] = username

    params["showInactive"] = show_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetAccessTokensResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetAccessTokensResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetAccessTokensResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
) -> "Response[ApiError | GetAccessTokensResponse]":
    """List tokens

     Session and access tokens visible to the caller (their own; every user's for admins), one page at a
    time. Revoked and expired tokens are left out unless `showInactive` is true. The token strings
    themselves are never returned.

    Args:
        sort_by (GetAccessTokensRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        token_ids (list[int] | Unset):
        username (str | Unset):
        show_inactive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAccessTokensResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        token_ids=token_ids,
        username=username,
        show_inactive=show_inactive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
) -> "ApiError | GetAccessTokensResponse | None":
    """List tokens

     Session and access tokens visible to the caller (their own; every user's for admins), one page at a
    time. Revoked and expired tokens are left out unless `showInactive` is true. The token strings
    themselves are never returned.

    Args:
        sort_by (GetAccessTokensRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        token_ids (list[int] | Unset):
        username (str | Unset):
        show_inactive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAccessTokensResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        token_ids=token_ids,
        username=username,
        show_inactive=show_inactive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
) -> "Response[ApiError | GetAccessTokensResponse]":
    """List tokens

     Session and access tokens visible to the caller (their own; every user's for admins), one page at a
    time. Revoked and expired tokens are left out unless `showInactive` is true. The token strings
    themselves are never returned.

    Args:
        sort_by (GetAccessTokensRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        token_ids (list[int] | Unset):
        username (str | Unset):
        show_inactive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAccessTokensResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        token_ids=token_ids,
        username=username,
        show_inactive=show_inactive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
) -> "ApiError | GetAccessTokensResponse | None":
    """List tokens

     Session and access tokens visible to the caller (their own; every user's for admins), one page at a
    time. Revoked and expired tokens are left out unless `showInactive` is true. The token strings
    themselves are never returned.

    Args:
        sort_by (GetAccessTokensRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        token_ids (list[int] | Unset):
        username (str | Unset):
        show_inactive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAccessTokensResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
            token_ids=token_ids,
            username=username,
            show_inactive=show_inactive,
        )
    ).parsed


def _from_json(data: Any) -> "GetAccessTokensResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetAccessTokensResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetAccessTokensResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetAccessTokensResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        token_ids=token_ids,
        username=username,
        show_inactive=show_inactive,
    )
    return Request("get_access_tokens", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetAccessTokensResponse") -> "list[TokenInfo]":
    items = page.token_info
    return items if isinstance(items, list) else []


def pages(
    *,
    sort_by: GetAccessTokensRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    token_ids: list[int] | Unset = UNSET,
    username: str | Unset = UNSET,
    show_inactive: bool | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetAccessTokensResponse, TokenInfo]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            sort_by=sort_by,
            order_by=order_by,
            token_ids=token_ids,
            username=username,
            show_inactive=show_inactive,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_access_tokens", page, _parse_ok, _items, start, options, _from_json)
