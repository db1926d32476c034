from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.experiment_state import ExperimentState
from ...models.get_experiments_request_sort_by import GetExperimentsRequestSortBy
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.experiment import Experiment
    from ...models.get_experiments_response import GetExperimentsResponse


def _get_kwargs(
    *,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
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

    params["description"] = description

    params["name"] = name

    json_labels: list[str] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels"] = json_labels

    params["archived"] = archived

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item: str = states_item_data
            json_states.append(states_item)

    params["states"] = json_states

    json_users: list[str] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    json_user_ids: list[int] | Unset = UNSET
    if not isinstance(user_ids, Unset):
        json_user_ids = user_ids

    params["userIds"] = json_user_ids

    params["projectId"] = project_id

    params["experimentIdFilter.lt"] = experiment_id_filter_lt

    params["experimentIdFilter.lte"] = experiment_id_filter_lte

    params["experimentIdFilter.gt"] = experiment_id_filter_gt

    params["experimentIdFilter.gte"] = experiment_id_filter_gte

    json_experiment_id_filter_incl: list[int] | Unset = UNSET
    if not isinstance(experiment_id_filter_incl, Unset):
        json_experiment_id_filter_incl = experiment_id_filter_incl

    params["experimentIdFilter.incl"] = json_experiment_id_filter_incl

    json_experiment_id_filter_not_in: list[int] | Unset = UNSET
    if not isinstance(experiment_id_filter_not_in, Unset):
        json_experiment_id_filter_not_in = experiment_id_filter_not_in

    params["experimentIdFilter.notIn"] = json_experiment_id_filter_not_in

    params["showTrialData"] = show_trial_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/experiments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetExperimentsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetExperimentsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetExperimentsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
) -> "Response[ApiError | GetExperimentsResponse]":
    """List experiments

     Experiments matching the filters, one page at a time (see Pagination). `limit` 0 means the server
    default of 100, -1 every match, -2 only the pagination object. Trial ids are not filled in here, for
    speed; fetch one experiment for them.

    Args:
        sort_by (GetExperimentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        description (str | Unset):
        name (str | Unset):
        labels (list[str] | Unset):
        archived (bool | Unset):
        states (list[ExperimentState] | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        project_id (int | Unset):
        experiment_id_filter_lt (int | Unset):
        experiment_id_filter_lte (int | Unset):
        experiment_id_filter_gt (int | Unset):
        experiment_id_filter_gte (int | Unset):
        experiment_id_filter_incl (list[int] | Unset):
        experiment_id_filter_not_in (list[int] | Unset):
        show_trial_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        description=description,
        name=name,
        labels=labels,
        archived=archived,
        states=states,
        users=users,
        user_ids=user_ids,
        project_id=project_id,
        experiment_id_filter_lt=experiment_id_filter_lt,
        experiment_id_filter_lte=experiment_id_filter_lte,
        experiment_id_filter_gt=experiment_id_filter_gt,
        experiment_id_filter_gte=experiment_id_filter_gte,
        experiment_id_filter_incl=experiment_id_filter_incl,
        experiment_id_filter_not_in=experiment_id_filter_not_in,
        show_trial_data=show_trial_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
) -> "ApiError | GetExperimentsResponse | None":
    """List experiments

     Experiments matching the filters, one page at a time (see Pagination). `limit` 0 means the server
    default of 100, -1 every match, -2 only the pagination object. Trial ids are not filled in here, for
    speed; fetch one experiment for them.

    Args:
        sort_by (GetExperimentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        description (str | Unset):
        name (str | Unset):
        labels (list[str] | Unset):
        archived (bool | Unset):
        states (list[ExperimentState] | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        project_id (int | Unset):
        experiment_id_filter_lt (int | Unset):
        experiment_id_filter_lte (int | Unset):
        experiment_id_filter_gt (int | Unset):
        experiment_id_filter_gte (int | Unset):
        experiment_id_filter_incl (list[int] | Unset):
        experiment_id_filter_not_in (list[int] | Unset):
        show_trial_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentsResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        description=description,
        name=name,
        labels=labels,
        archived=archived,
        states=states,
        users=users,
        user_ids=user_ids,
        project_id=project_id,
        experiment_id_filter_lt=experiment_id_filter_lt,
        experiment_id_filter_lte=experiment_id_filter_lte,
        experiment_id_filter_gt=experiment_id_filter_gt,
        experiment_id_filter_gte=experiment_id_filter_gte,
        experiment_id_filter_incl=experiment_id_filter_incl,
        experiment_id_filter_not_in=experiment_id_filter_not_in,
        show_trial_data=show_trial_data,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
) -> "Response[ApiError | GetExperimentsResponse]":
    """List experiments

     Experiments matching the filters, one page at a time (see Pagination). `limit` 0 means the server
    default of 100, -1 every match, -2 only the pagination object. Trial ids are not filled in here, for
    speed; fetch one experiment for them.

    Args:
        sort_by (GetExperimentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        description (str | Unset):
        name (str | Unset):
        labels (list[str] | Unset):
        archived (bool | Unset):
        states (list[ExperimentState] | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        project_id (int | Unset):
        experiment_id_filter_lt (int | Unset):
        experiment_id_filter_lte (int | Unset):
        experiment_id_filter_gt (int | Unset):
        experiment_id_filter_gte (int | Unset):
        experiment_id_filter_incl (list[int] | Unset):
        experiment_id_filter_not_in (list[int] | Unset):
        show_trial_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetExperimentsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        description=description,
        name=name,
        labels=labels,
        archived=archived,
        states=states,
        users=users,
        user_ids=user_ids,
        project_id=project_id,
        experiment_id_filter_lt=experiment_id_filter_lt,
        experiment_id_filter_lte=experiment_id_filter_lte,
        experiment_id_filter_gt=experiment_id_filter_gt,
        experiment_id_filter_gte=experiment_id_filter_gte,
        experiment_id_filter_incl=experiment_id_filter_incl,
        experiment_id_filter_not_in=experiment_id_filter_not_in,
        show_trial_data=show_trial_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
) -> "ApiError | GetExperimentsResponse | None":
    """List experiments

     Experiments matching the filters, one page at a time (see Pagination). `limit` 0 means the server
    default of 100, -1 every match, -2 only the pagination object. Trial ids are not filled in here, for
    speed; fetch one experiment for them.

    Args:
        sort_by (GetExperimentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        description (str | Unset):
        name (str | Unset):
        labels (list[str] | Unset):
        archived (bool | Unset):
        states (list[ExperimentState] | Unset):
        users (list[str] | Unset):
        user_ids (list[int] | Unset):
        project_id (int | Unset):
        experiment_id_filter_lt (int | Unset):
        experiment_id_filter_lte (int | Unset):
        experiment_id_filter_gt (int | Unset):
        experiment_id_filter_gte (int | Unset):
        experiment_id_filter_incl (list[int] | Unset):
        experiment_id_filter_not_in (list[int] | Unset):
        show_trial_data (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetExperimentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
            description=description,
            name=name,
            labels=labels,
            archived=archived,
            states=states,
            users=users,
            user_ids=user_ids,
            project_id=project_id,
            experiment_id_filter_lt=experiment_id_filter_lt,
            experiment_id_filter_lte=experiment_id_filter_lte,
            experiment_id_filter_gt=experiment_id_filter_gt,
            experiment_id_filter_gte=experiment_id_filter_gte,
            experiment_id_filter_incl=experiment_id_filter_incl,
            experiment_id_filter_not_in=experiment_id_filter_not_in,
            show_trial_data=show_trial_data,
        )
    ).parsed


def _from_json(data: Any) -> "GetExperimentsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetExperimentsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetExperimentsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetExperimentsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        description=description,
        name=name,
        labels=labels,
        archived=archived,
        states=states,
        users=users,
        user_ids=user_ids,
        project_id=project_id,
        experiment_id_filter_lt=experiment_id_filter_lt,
        experiment_id_filter_lte=experiment_id_filter_lte,
        experiment_id_filter_gt=experiment_id_filter_gt,
        experiment_id_filter_gte=experiment_id_filter_gte,
        experiment_id_filter_incl=experiment_id_filter_incl,
        experiment_id_filter_not_in=experiment_id_filter_not_in,
        show_trial_data=show_trial_data,
    )
    return Request("get_experiments", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetExperimentsResponse") -> "list[Experiment]":
    items = page.experiments
    return items if isinstance(items, list) else []


def pages(
    *,
    sort_by: GetExperimentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    description: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: list[str] | Unset = UNSET,
    archived: bool | Unset = UNSET,
    states: list[ExperimentState] | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    project_id: int | Unset = UNSET,
    experiment_id_filter_lt: int | Unset = UNSET,
    experiment_id_filter_lte: int | Unset = UNSET,
    experiment_id_filter_gt: int | Unset = UNSET,
    experiment_id_filter_gte: int | Unset = UNSET,
    experiment_id_filter_incl: list[int] | Unset = UNSET,
    experiment_id_filter_not_in: list[int] | Unset = UNSET,
    show_trial_data: bool | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetExperimentsResponse, Experiment]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            sort_by=sort_by,
            order_by=order_by,
            description=description,
            name=name,
            labels=labels,
            archived=archived,
            states=states,
            users=users,
            user_ids=user_ids,
            project_id=project_id,
            experiment_id_filter_lt=experiment_id_filter_lt,
            experiment_id_filter_lte=experiment_id_filter_lte,
            experiment_id_filter_gt=experiment_id_filter_gt,
            experiment_id_filter_gte=experiment_id_filter_gte,
            experiment_id_filter_incl=experiment_id_filter_incl,
            experiment_id_filter_not_in=experiment_id_filter_not_in,
            show_trial_data=show_trial_data,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_experiments", page, _parse_ok, _items, start, options, _from_json)
