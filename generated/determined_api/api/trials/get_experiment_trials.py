from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.experiment_state import ExperimentState
from ...models.get_experiment_trials_request_sort_by import (
    GetExperimentTrialsRequestSortBy,
)
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_experiment_trials_response import GetExperimentTrialsResponse
    from ...models.trial import Trial


def _get_kwargs(
    experiment_id: int,
    *,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
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

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item: str = states_item_data
            json_states.append(states_item)

    params["states"] = json_states

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experiments/{experiment_id}/trials".format(
            experiment_id=quote(str(experiment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetExperimentTrialsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetExperimentTrialsResponse.from_dict(_response_200)

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

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetExperimentTrialsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
) -> "Response[ApiError | GetExperimentTrialsResponse]":
    """List an experiment's trials

     The trials of one experiment, filtered by state and sorted by the given field, one page at a time;
    `limit` 0 returns every trial. Each trial carries its best and latest validation and best
    checkpoint.

    Args:
        experiment_id (int):
        sort_by (GetExperimentTrialsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[ExperimentState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentTrialsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
) -> "ApiError | GetExperimentTrialsResponse | None":
    """List an experiment's trials

     The trials of one experiment, filtered by state and sorted by the given field, one page at a time;
    `limit` 0 returns every trial. Each trial carries its best and latest validation and best
    checkpoint.

    Args:
        experiment_id (int):
        sort_by (GetExperimentTrialsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[ExperimentState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentTrialsResponse
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    ).parsed


async def asyncio_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
) -> "Response[ApiError | GetExperimentTrialsResponse]":
    """List an experiment's trials

     The trials of one experiment, filtered by state and sorted by the given field, one page at a time;
    `limit` 0 returns every trial. Each trial carries its best and latest validation and best
    checkpoint.

    Args:
        experiment_id (int):
        sort_by (GetExperimentTrialsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[ExperimentState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentTrialsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
) -> "ApiError | GetExperimentTrialsResponse | None":
    """List an experiment's trials

     The trials of one experiment, filtered by state and sorted by the given field, one page at a time;
    `limit` 0 returns every trial. Each trial carries its best and latest validation and best
    checkpoint.

    Args:
        experiment_id (int):
        sort_by (GetExperimentTrialsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[ExperimentState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentTrialsResponse
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
            states=states,
        )
    ).parsed


def _from_json(data: Any) -> "GetExperimentTrialsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetExperimentTrialsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetExperimentTrialsResponse":
    return _from_json(decode_json(response.content))


def request(
    experiment_id: int,
    *,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetExperimentTrialsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    )
    return Request("get_experiment_trials", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetExperimentTrialsResponse") -> "list[Trial]":
    items = page.trials
    return items if isinstance(items, list) else []


def pages(
    experiment_id: int,
    *,
    sort_by: GetExperimentTrialsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetExperimentTrialsResponse, Trial]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            experiment_id=experiment_id,
            sort_by=sort_by,
            order_by=order_by,
            states=states,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_experiment_trials", page, _parse_ok, _items, start, options, _from_json)
