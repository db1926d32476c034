from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.checkpoint_sort_by import CheckpointSortBy
from ...models.checkpoint_state import CheckpointState
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.checkpoint import Checkpoint
    from ...models.get_experiment_checkpoints_response import GetExperimentCheckpointsResponse


def _get_kwargs(
    experiment_id: int,
    *,
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by_attr: str | Unset = UNSET
    if not isinstance(sort_by_attr, Unset):
        json_sort_by_attr = sort_by_attr

    params["sortByAttr"] = json_sort_by_attr

    params["sortByMetric"] = sort_by_metric

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
        "url": "/api/v1/experiments/{experiment_id}/checkpoints".format(
            experiment_id=quote(str(experiment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetExperimentCheckpointsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetExperimentCheckpointsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetExperimentCheckpointsResponse]":
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
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
) -> "Response[ApiError | GetExperimentCheckpointsResponse]":
    """List an experiment's checkpoints

     Checkpoints saved by any trial of the experiment, filtered by state, one page at a time (`limit` 0
    returns all). Sort by an attribute (`sortByAttr`) or by a validation metric's value
    (`sortByMetric`); sorting by `SORT_BY_SEARCHER_METRIC` in the direction that is better for the
    searcher puts the best checkpoint first.

    Args:
        experiment_id (int):
        sort_by_attr (CheckpointSortBy | Unset):
        sort_by_metric (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[CheckpointState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentCheckpointsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by_attr=sort_by_attr,
        sort_by_metric=sort_by_metric,
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
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
) -> "ApiError | GetExperimentCheckpointsResponse | None":
    """List an experiment's checkpoints

     Checkpoints saved by any trial of the experiment, filtered by state, one page at a time (`limit` 0
    returns all). Sort by an attribute (`sortByAttr`) or by a validation metric's value
    (`sortByMetric`); sorting by `SORT_BY_SEARCHER_METRIC` in the direction that is better for the
    searcher puts the best checkpoint first.

    Args:
        experiment_id (int):
        sort_by_attr (CheckpointSortBy | Unset):
        sort_by_metric (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[CheckpointState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentCheckpointsResponse
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        sort_by_attr=sort_by_attr,
        sort_by_metric=sort_by_metric,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    ).parsed


async def asyncio_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
) -> "Response[ApiError | GetExperimentCheckpointsResponse]":
    """List an experiment's checkpoints

     Checkpoints saved by any trial of the experiment, filtered by state, one page at a time (`limit` 0
    returns all). Sort by an attribute (`sortByAttr`) or by a validation metric's value
    (`sortByMetric`); sorting by `SORT_BY_SEARCHER_METRIC` in the direction that is better for the
    searcher puts the best checkpoint first.

    Args:
        experiment_id (int):
        sort_by_attr (CheckpointSortBy | Unset):
        sort_by_metric (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[CheckpointState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentCheckpointsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by_attr=sort_by_attr,
        sort_by_metric=sort_by_metric,
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
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
) -> "ApiError | GetExperimentCheckpointsResponse | None":
    """List an experiment's checkpoints

     Checkpoints saved by any trial of the experiment, filtered by state, one page at a time (`limit` 0
    returns all). Sort by an attribute (`sortByAttr`) or by a validation metric's value
    (`sortByMetric`); sorting by `SORT_BY_SEARCHER_METRIC` in the direction that is better for the
    searcher puts the best checkpoint first.

    Args:
        experiment_id (int):
        sort_by_attr (CheckpointSortBy | Unset):
        sort_by_metric (str | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        states (list[CheckpointState] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentCheckpointsResponse
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            sort_by_attr=sort_by_attr,
            sort_by_metric=sort_by_metric,
            order_by=order_by,
            offset=offset,
            limit=limit,
            states=states,
        )
    ).parsed


def _from_json(data: Any) -> "GetExperimentCheckpointsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetExperimentCheckpointsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetExperimentCheckpointsResponse":
    return _from_json(decode_json(response.content))


def request(
    experiment_id: int,
    *,
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetExperimentCheckpointsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        sort_by_attr=sort_by_attr,
        sort_by_metric=sort_by_metric,
        order_by=order_by,
        offset=offset,
        limit=limit,
        states=states,
    )
    return Request("get_experiment_checkpoints", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetExperimentCheckpointsResponse") -> "list[Checkpoint]":
    items = page.checkpoints
    return items if isinstance(items, list) else []


def pages(
    experiment_id: int,
    *,
    sort_by_attr: CheckpointSortBy | Unset = UNSET,
    sort_by_metric: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    states: list[CheckpointState] | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetExperimentCheckpointsResponse, Checkpoint]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            experiment_id=experiment_id,
            sort_by_attr=sort_by_attr,
            sort_by_metric=sort_by_metric,
            order_by=order_by,
            states=states,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_experiment_checkpoints", page, _parse_ok, _items, start, options, _from_json)
